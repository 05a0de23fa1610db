package app.pitwall.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.support.ApiClient;
import app.pitwall.support.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What a user does to set up MFA and to sign in with it, over the JSON API. */
final class MfaSteps {

    private MfaSteps() {}

    /** Sets up an authenticator app for the signed-in user of {@code client} and confirms it. */
    static Authenticator enrol(ApiClient client, MutableClock clock) {
        ApiClient.Response setup = client.post("/api/v1/me/mfa/totp", null);
        assertThat(setup.status()).as(setup.body()).isEqualTo(200);
        Authenticator app = new Authenticator(
                Authenticator.decode(setup.json().get("secret").asString()), List.of(), clock);
        ApiClient.Response confirmed = client.post("/api/v1/me/mfa/totp/confirm", Map.of("code", app.code()));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        List<String> recovery = new ArrayList<>();
        for (JsonNode code : confirmed.json().get("recoveryCodes")) {
            recovery.add(code.asString());
        }
        return new Authenticator(app.secret(), List.copyOf(recovery), clock);
    }

    static ApiClient.Response password(ApiClient client, String email, String password) {
        return client.post("/api/v1/auth/login", Map.of("email", email, "password", password));
    }

    static ApiClient.Response code(ApiClient client, String code) {
        return client.post("/api/v1/auth/login/mfa", Map.of("code", code));
    }

    /** Signs in with password and the app's next code; the client then holds a session. */
    static ApiClient signIn(ApiClient client, String email, String password, Authenticator app) {
        ApiClient.Response first = password(client, email, password);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("mfaRequired").asBoolean()).isTrue();
        ApiClient.Response second = code(client, app.nextCode());
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        return client;
    }

    static String problemType(ApiClient.Response response) {
        return response.json().get("type").asString().replace("https://pitwall.app/problems/", "");
    }
}
