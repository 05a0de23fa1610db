package app.pitwall.appointments;

import static app.pitwall.support.Workshop.created;
import static app.pitwall.support.Workshop.id;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.PitwallApplication;
import app.pitwall.support.FlakyReaction;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A reaction that had not completed when the process stopped (it failed, or the process died with it in flight) is
 * delivered when Pitwall starts again: the event publication registry keeps it with the change that caused it.
 */
class ReactionsAfterRestartTest {

    @Test
    void aReactionOutstandingWhenTheProcessStoppedIsDeliveredAtTheNextStart() {
        String order;
        try (ConfigurableApplicationContext first = start(Integer.MAX_VALUE, "PT1H")) {
            Workshop shop =
                    Workshop.open(first.getBean(TestShops.class), base(first), "Restart Garage " + UUID.randomUUID());
            String appointment = id(created(shop.advisor()
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
                                    "2031-10-01T08:00",
                                    "durationMinutes",
                                    30))));
            order = id(created(shop.advisor()
                    .post("/api/v1/appointments/" + appointment + "/check-in", Map.of("odometerIn", 100))));
            FlakyReaction reaction = first.getBean(FlakyReaction.class);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> reaction.failures() >= 1);
            assertThat(reaction.delivered()).doesNotContain(order);
        }

        try (ConfigurableApplicationContext second = start(0, "PT2S")) {
            FlakyReaction reaction = second.getBean(FlakyReaction.class);
            String opened = order;
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> reaction.delivered().contains(opened));
        }
    }

    private static ConfigurableApplicationContext start(int failures, String retryInterval) {
        return new SpringApplicationBuilder(
                        PitwallApplication.class, TestShops.class, FlakyReaction.Configuration.class)
                .properties(
                        "server.port=0",
                        "pitwall.demo=false",
                        "pitwall.tls.enabled=false",
                        "pitwall.sign-in.address-limit-per-minute=100000",
                        "pitwall.events.retry-interval=" + retryInterval,
                        "pitwall.events.retry-after=PT1S",
                        "pitwall.test.reaction-failures=" + failures)
                .run();
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
