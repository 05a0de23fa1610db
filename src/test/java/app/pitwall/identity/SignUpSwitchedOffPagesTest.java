package app.pitwall.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.support.PageClient;
import app.pitwall.support.SimulatedInstallationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** On a single-business installation with sign-up switched off, the sign-up page does not exist and is not offered. */
@SimulatedInstallationTest
class SignUpSwitchedOffPagesTest {

    @LocalServerPort
    int port;

    @Test
    void theSignUpPageIsNotFoundAndTheSignInPageDoesNotOfferIt() {
        PageClient pages = new PageClient("http://localhost:" + port);

        PageClient.Answer form = pages.get("/signup");
        PageClient.Answer post = pages.post(
                "/signup",
                "businessName",
                "Sneaky Motors",
                "name",
                "Sam Sneak",
                "email",
                "sneak@signup.example",
                "password",
                "quiet harbor tractor 1961");

        assertThat(form.status()).isEqualTo(404);
        assertThat(post.status()).isEqualTo(404);
        assertThat(pages.get("/login").body())
                .doesNotContain("href=\"/signup\"")
                .contains("href=\"/password-reset\"");
    }
}
