package app.pitwall.appointments;

import static app.pitwall.support.Workshop.created;
import static app.pitwall.support.Workshop.id;
import static app.pitwall.support.Workshop.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.repairorders.RepairOrderEvents.RepairOrderOpened;
import app.pitwall.support.FlakyReaction;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * Check-in opens the repair order, and the appointments module marks the appointment arrived by reacting to the order's
 * opening after it committed, through the event publication registry: a reaction that fails stays incomplete in the
 * registry and is delivered again, so nothing is lost (a restart delivers what was outstanding too, see {@code
 * ReactionsAfterRestartTest}).
 */
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = "cannedjobs",
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {
            "pitwall.demo=false",
            "pitwall.tls.enabled=false",
            "pitwall.sign-in.address-limit-per-minute=100000",
            "pitwall.events.retry-interval=PT1H"
        })
@Import({TestShops.class, FlakyReaction.Configuration.class})
class CheckInArrivalsTest {

    @Autowired
    TestShops shops;

    @Autowired
    FlakyReaction flaky;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    IncompleteEventPublications incomplete;

    @LocalServerPort
    int port;

    Workshop shop;

    @BeforeEach
    void openTheShop() {
        shop = Workshop.open(shops, "http://localhost:" + port, "Arrival Garage " + UUID.randomUUID());
    }

    @Test
    void theAppointmentIsMarkedArrivedOnceItsRepairOrderCommitted(Scenario scenario) {
        String appointment = book();

        scenario.stimulate(() -> checkIn(appointment))
                .andWaitForStateChange(() -> status(appointment), "CHECKED_IN"::equals)
                .andVerify(status -> assertThat(ok(shop.advisor().get("/api/v1/appointments/" + appointment))
                                .get("repairOrderId")
                                .asString())
                        .isEqualTo(flaky.lastOrder()));
    }

    @Test
    void aReactionThatFailsStaysIncompleteAndIsDeliveredAgainUntilItCompletes(Scenario scenario) {
        String appointment = book();
        flaky.failNext(1);

        scenario.stimulate(() -> checkIn(appointment))
                .andWaitForStateChange(flaky::failures, failures -> failures >= 1)
                .andVerify(failures -> assertThat(incompleteFor(flaky.lastOrder()))
                        .as("the failed reaction stays in the registry")
                        .isOne());

        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof RepairOrderOpened o
                && o.repairOrderId().value().toString().equals(flaky.lastOrder()));

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> flaky.delivered().contains(flaky.lastOrder()) && incompleteFor(flaky.lastOrder()) == 0);
        assertThat(status(appointment)).isEqualTo("CHECKED_IN");
    }

    private long incompleteFor(String order) {
        return registry.findIncompletePublications().stream()
                .filter(publication -> publication.getEvent() instanceof RepairOrderOpened opened
                        && opened.repairOrderId().value().toString().equals(order))
                .count();
    }

    private String book() {
        return id(created(shop.advisor()
                .post(
                        "/api/v1/appointments",
                        Map.of(
                                "locationId",
                                shop.shop.mainLocation().toString(),
                                "customerId",
                                shop.customer,
                                "vehicleId",
                                shop.vehicle,
                                "startsAt",
                                "2031-09-01T08:00",
                                "durationMinutes",
                                60))));
    }

    private void checkIn(String appointment) {
        created(shop.advisor().post("/api/v1/appointments/" + appointment + "/check-in", Map.of("odometerIn", 5100)));
    }

    private String status(String appointment) {
        return ok(shop.advisor().get("/api/v1/appointments/" + appointment))
                .get("status")
                .asString();
    }
}
