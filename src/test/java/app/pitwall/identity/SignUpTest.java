package app.pitwall.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A business signs up and is signed in as its owner; bad input creates nothing. */
@PitwallIntegrationTest
class SignUpTest {

    static final String PASSWORD = "tappet clatter on a cold morning";

    @LocalServerPort
    int port;

    ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    static Map<String, Object> application(String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("businessName", "Gearbox Garage");
        body.put("name", "Grace Gearbox");
        body.put("email", email);
        body.put("password", PASSWORD);
        return body;
    }

    static String freshEmail() {
        return "owner-" + UUID.randomUUID() + "@gearbox.example";
    }

    @Test
    void signUpCreatesTheTenantItsLocationAndOwnerAndSignsTheOwnerIn() {
        ApiClient owner = client();
        Map<String, Object> body = application(freshEmail());
        body.put("timeZone", "Europe/Berlin");
        body.put("currency", "EUR");
        body.put("country", "de");

        ApiClient.Response response = owner.post("/api/v1/signup", body);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.setCookies()).anySatisfy(c -> assertThat(c).startsWith("__Host-pitwall-access="));
        assertThat(response.body()).doesNotContain(owner.cookies().get("__Host-pitwall-access"));
        ApiClient.Response me = owner.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("role").asString()).isEqualTo("owner");
        assertThat(me.json().get("tenantId").asString())
                .isEqualTo(response.json().get("tenantId").asString());
        assertThat(owner.get("/api/v1/users").json().get("items")).hasSize(1);
    }

    @Test
    void anEmailAlreadyInUseIsAConflictAndCreatesNothing() {
        String email = freshEmail();
        assertThat(client().post("/api/v1/signup", application(email)).status()).isEqualTo(201);

        Map<String, Object> again = application(email.toUpperCase());
        again.put("businessName", "Copycat Cars");
        ApiClient.Response response = client().post("/api/v1/signup", again);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("type").asString()).endsWith("/email-in-use");
        assertThat(response.body()).doesNotContain("Gearbox");
    }

    @Test
    void aWeakPasswordIsRefusedOnThePasswordFieldWithTheReasonAndCreatesNothing() {
        String email = freshEmail();
        Map<String, Object> body = application(email);
        body.put("password", "password1234");

        ApiClient.Response response = client().post("/api/v1/signup", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("fields").get("password").asString()).contains("common passwords");
        assertThat(client().post("/api/v1/signup", application(email)).status())
                .as("the email was not taken by the refused sign-up")
                .isEqualTo(201);
    }

    @Test
    void anUnknownTimeZoneOrMissingFieldIsRefusedNamingTheField() {
        Map<String, Object> body = application(freshEmail());
        body.put("timeZone", "Mars/Olympus");
        assertThat(client().post("/api/v1/signup", body).json().get("fields").has("timeZone"))
                .isTrue();

        Map<String, Object> nameless = application(freshEmail());
        nameless.remove("businessName");
        ApiClient.Response response = client().post("/api/v1/signup", nameless);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("fields").has("businessName")).isTrue();
    }
}
