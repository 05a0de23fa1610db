package app.pitwall.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Instants as the staff pages show them: on a location's clock, in the one form of the reader's language that the
 * repair-order pages and documents use ({@link Formats#dateTime}: {@code Dec 4, 2026, 3:27 PM} in English), or to the
 * second where the order of events within a minute matters ({@code 2 Mar 2026 09:30:15}, the audit trail).
 */
public final class ShopClock {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH);

    private ShopClock() {}

    /** The instant on the zone's clock to the minute; empty for none. */
    public static String shown(Instant at, ZoneId zone) {
        return at == null ? "" : Formats.dateTime(at, zone, LocaleContextHolder.getLocale());
    }

    /** The instant on the zone's clock to the second; empty for none. */
    public static String shownToTheSecond(Instant at, ZoneId zone) {
        return at == null ? "" : SECONDS.format(at.atZone(zone));
    }
}
