package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.Tenants;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Shows times on the staff pages in the shop's own time zone: that of the first location the user works at (the
 * tenant's first location for those who work at all of them), UTC when there is none.
 */
@Component
class StaffTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);

    private final Tenants tenants;

    StaffTime(Tenants tenants) {
        this.tenants = tenants;
    }

    /** A formatter of instants for this user's pages. */
    Format of(Actor actor) {
        return new Format(tenants.homeLocation(actor).map(Location::timeZone).orElse(ZoneOffset.UTC));
    }

    /** Formats instants in one zone; null stays null. */
    record Format(ZoneId zone) {

        String format(Instant instant) {
            return instant == null ? null : FORMAT.format(instant.atZone(zone));
        }
    }
}
