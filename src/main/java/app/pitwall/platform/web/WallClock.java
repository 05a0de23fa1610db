package app.pitwall.platform.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A date and a time typed into a form, read on a location's clock: never the browser's or the server's zone. A time
 * the location's clock skips (a daylight-saving change) is refused at the time field; one it shows twice means the
 * earlier.
 */
public final class WallClock {

    private WallClock() {}

    /** The instant, or null with the reason recorded in {@code errors}. */
    public static Instant instant(
            String date,
            String time,
            ZoneId zone,
            String dateField,
            String timeField,
            FormErrors errors,
            MessageSource messages,
            Locale locale) {
        LocalDate day = null;
        LocalTime clock = null;
        try {
            day = LocalDate.parse(date.strip());
        } catch (RuntimeException e) {
            errors.field(dateField, messages.getMessage("form.date.invalid", null, locale));
        }
        try {
            String padded = time.strip().length() == 4 ? "0" + time.strip() : time.strip();
            clock = LocalTime.parse(padded);
        } catch (RuntimeException e) {
            errors.field(timeField, messages.getMessage("form.clock.invalid", null, locale));
        }
        if (day == null || clock == null) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.of(day, clock);
            ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, null);
            if (!zoned.toLocalDateTime().equals(local)) {
                errors.field(timeField, messages.getMessage("form.time.skipped", new Object[] {zone.getId()}, locale));
                return null;
            }
            return zoned.toInstant();
        } catch (DateTimeException e) {
            errors.field(dateField, messages.getMessage("form.date.invalid", null, locale));
            return null;
        }
    }
}
