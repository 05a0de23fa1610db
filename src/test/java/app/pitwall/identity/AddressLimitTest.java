package app.pitwall.identity;

import static app.pitwall.identity.MfaSteps.password;
import static app.pitwall.identity.MfaSteps.problemType;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.support.ApiClient;
import app.pitwall.support.MutableClock;
import app.pitwall.support.MutableClockConfiguration;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * One source address gets thirty sign-in attempts a minute, shared by every instance through
 * PostgreSQL and by the API and the sign-in page; beyond them it is told to come back later,
 * whatever account it tries.
 */
@PitwallIntegrationTest
@Import(MutableClockConfiguration.class)
@TestPropertySource(properties = "pitwall.sign-in.address-limit-per-minute=30")
class AddressLimitTest {

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    @Test
    void anAddressGetsThirtySignInAttemptsAMinuteThenTooManyRequests() {
        ApiClient guesser = client();
        for (int attempt = 1; attempt <= 30; attempt++) {
            assertThat(password(guesser, "guess-" + UUID.randomUUID() + "@shop.example", "password guess")
                            .status())
                    .as("attempt %d", attempt)
                    .isEqualTo(401);
        }

        ApiClient.Response limited = password(guesser, "guess-31@shop.example", "password guess");
        ApiClient.Response otherGroup = guesser.post("/api/v1/auth/refresh", null);
        clock.advance(Duration.ofMinutes(1));
        ApiClient.Response aMinuteLater = password(guesser, "guess-32@shop.example", "password guess");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(problemType(limited)).isEqualTo("too-many-requests");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        assertThat(otherGroup.status()).as("refresh counts separately").isEqualTo(401);
        assertThat(aMinuteLater.status()).isEqualTo(401);
    }

    @Test
    void theSignInPageSharesTheLimitAndAnswersWithAPageThatSaysToWait() {
        clock.advance(Duration.ofMinutes(1));
        PageClient guesser = new PageClient("http://localhost:" + port);
        for (int attempt = 1; attempt <= 30; attempt++) {
            assertThat(guesser.post("/login", "email", "guess-" + attempt + "@shop.example", "password", "guess")
                            .status())
                    .as("attempt %d", attempt)
                    .isEqualTo(401);
        }

        PageClient.Answer limited = guesser.post("/login", "email", "guess-31@shop.example", "password", "guess");
        clock.advance(Duration.ofMinutes(1));

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Content-Type")).startsWith("text/html");
        assertThat(limited.body()).contains("Too many attempts");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
    }
}
