package app.pitwall.platform.web;

import app.pitwall.platform.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Times as the API takes and gives them. A time with an offset or {@code Z} is an instant; one without is the shop's
 * wall clock in the location's time zone. A wall-clock time that does not exist there (skipped by a daylight-saving
 * change) is refused; one that happens twice means the earlier.
 */
public final class ShopTimes {

    private ShopTimes() {}

    /** Whether the text names an instant by itself (has an offset or Z). */
    public static boolean absolute(String text) {
        return text != null && (text.endsWith("Z") || text.endsWith("z") || text.matches(".*T.*[+-]\\d\\d:?\\d\\d$"));
    }

    public static Instant parse(String text, ZoneId zone, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (absolute(value)) {
                return OffsetDateTime.parse(value).toInstant();
            }
            LocalDateTime local = LocalDateTime.parse(value);
            ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, null);
            if (!zoned.toLocalDateTime().equals(local)) {
                throw new InvalidInputException(field, value + " does not exist in " + zone + " (clocks change then)");
            }
            return zoned.toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    field, "an ISO-8601 date-time, e.g. 2026-03-02T09:30 or 2026-03-02T15:30:00Z");
        }
    }

    /** The start of a day ({@code 2026-03-02}) on the shop's clock, or an instant or wall-clock time. */
    public static Instant dayOrTime(String text, ZoneId zone, String field) {
        if (text != null && text.strip().matches("\\d{4}-\\d\\d-\\d\\d")) {
            try {
                return LocalDate.parse(text.strip()).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(field, "not a date");
            }
        }
        return parse(text, zone, field);
    }

    public static LocalDateTime local(Instant instant, ZoneId zone) {
        return Optional.ofNullable(instant)
                .map(at -> LocalDateTime.ofInstant(at, zone))
                .orElse(null);
    }
}
