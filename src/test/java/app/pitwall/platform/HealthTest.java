package app.pitwall.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Operators and load balancers see liveness and a readiness that includes the database. */
@PitwallIntegrationTest
class HealthTest {

    @LocalServerPort
    int port;

    @Test
    void livenessAndReadinessAreUpAndReadinessIncludesTheDatabase() {
        ApiClient anonymous = new ApiClient("http://localhost:" + port);

        ApiClient.Response health = anonymous.get("/actuator/health");
        ApiClient.Response liveness = anonymous.get("/actuator/health/liveness");
        ApiClient.Response readiness = anonymous.get("/actuator/health/readiness");

        assertThat(health.status()).isEqualTo(200);
        assertThat(liveness.json().get("status").asString()).isEqualTo("UP");
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
        assertThat(readiness.json().get("components").has("db")).isTrue();
    }

    @Test
    void otherActuatorEndpointsAreNotReachable() {
        ApiClient anonymous = new ApiClient("http://localhost:" + port);

        assertThat(anonymous.get("/actuator/env").status()).isIn(401, 403, 404);
        assertThat(anonymous.get("/actuator/beans").status()).isIn(401, 403, 404);
    }
}
