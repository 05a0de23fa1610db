package app.pitwall.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Instants as the staff pages show them: on a location's clock, in the one form the repair-order
 * pages set ({@code 2 Mar 2026 09:30}), or to the second where the order of events within a minute
 * matters ({@code 2 Mar 2026 09:30:15}, the audit trail).
 */
public final class ShopClock {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH);

    private ShopClock() {}

    /** The instant on the zone's clock to the minute; empty for none. */
    public static String shown(Instant at, ZoneId zone) {
        return at == null ? "" : MINUTES.format(at.atZone(zone));
    }

    /** The instant on the zone's clock to the second; empty for none. */
    public static String shownToTheSecond(Instant at, ZoneId zone) {
        return at == null ? "" : SECONDS.format(at.atZone(zone));
    }
}
