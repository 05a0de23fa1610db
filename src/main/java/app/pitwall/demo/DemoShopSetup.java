package app.pitwall.demo;

import app.pitwall.access.Actor;
import app.pitwall.shopsetup.Bay;
import app.pitwall.shopsetup.LaborRate;
import app.pitwall.shopsetup.ShopSetup;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Each demo location's bays and labor rates (a default and two more), set up as the owner would on Shop setup. */
@Component
class DemoShopSetup {

    static final String DIAGNOSTIC = "Diagnostic";

    private static final List<String> BAYS = List.of("Bay 1", "Bay 2", "Alignment rack");

    private final ShopSetup setup;

    DemoShopSetup(ShopSetup setup) {
        this.setup = setup;
    }

    void create(Actor owner, List<UUID> locations) {
        for (UUID location : locations) {
            BAYS.forEach(bay -> setup.addBay(owner, location, bay));
            setup.addLaborRate(owner, location, "Standard", new BigDecimal("145.00"), true);
            setup.addLaborRate(owner, location, DIAGNOSTIC, new BigDecimal("165.00"), false);
            setup.addLaborRate(owner, location, "Fleet", new BigDecimal("125.00"), false);
        }
    }

    /** The location's rate named {@code name}. */
    LaborRate rate(Actor actor, UUID location, String name) {
        return setup.laborRates(actor, location).stream()
                .filter(rate -> rate.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo location has no labor rate " + name));
    }

    /** The location's bays, for the calendar. */
    List<Bay> bays(Actor actor, UUID location) {
        return setup.bays(actor, location);
    }
}
