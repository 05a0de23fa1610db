package app.pitwall.billing.web;

import app.pitwall.access.Actor;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.Tenants;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/** Today on the reader's shop clock (that of the first location they work at), which dates on billing pages mean. */
@Component
class ShopDays {

    private final Tenants tenants;
    private final Clock clock;

    ShopDays(Tenants tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    LocalDate today(Actor actor) {
        ZoneId zone = tenants.homeLocation(actor).map(Location::timeZone).orElse(ZoneOffset.UTC);
        return LocalDate.now(clock.withZone(zone));
    }
}
