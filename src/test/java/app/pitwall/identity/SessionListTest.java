package app.pitwall.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** People see their sessions and sign-ins and end any of them; owners see and end everyone's. */
@PitwallIntegrationTest
class SessionListTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    ApiClient signIn(String email, String device) {
        ApiClient client = client();
        ApiClient.Response response = client.send(
                "POST",
                "/api/v1/auth/login",
                Map.of("email", email, "password", TestShops.PASSWORD),
                Map.of("User-Agent", device));
        assertThat(response.status()).isEqualTo(200);
        return client;
    }

    @Test
    void aUserSeesTheirActiveSessionsWithTimeAddressAndDeviceAndEndsOne() {
        TestShops.Shop shop = shops.create("Session Garage");
        String email = shop.email(Role.TECHNICIAN);
        ApiClient bay = signIn(email, "Bay tablet");
        ApiClient phone = signIn(email, "Pocket phone");

        JsonNode sessions = bay.get("/api/v1/me/sessions").json().get("items");

        assertThat(sessions).hasSize(2);
        JsonNode current = sessions.valueStream()
                .filter(s -> s.get("current").asBoolean())
                .findFirst()
                .orElseThrow();
        JsonNode other = sessions.valueStream()
                .filter(s -> !s.get("current").asBoolean())
                .findFirst()
                .orElseThrow();
        assertThat(current.get("device").asString()).isEqualTo("Bay tablet");
        assertThat(current.get("sourceAddress").asString()).isNotBlank();
        assertThat(current.get("signedInAt").asString()).isNotBlank();
        assertThat(other.get("device").asString()).isEqualTo("Pocket phone");

        assertThat(bay.delete("/api/v1/me/sessions/" + other.get("id").asString())
                        .status())
                .isEqualTo(204);

        assertThat(phone.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(bay.get("/api/v1/me/sessions").json().get("items")).hasSize(1);
        JsonNode history = bay.get("/api/v1/me/sign-ins").json().get("items");
        assertThat(history).hasSize(2);
        assertThat(history.valueStream()
                        .filter(s -> !s.get("endedAt").isNull())
                        .findFirst()
                        .orElseThrow()
                        .get("endReason")
                        .asString())
                .isEqualTo("ended by its user");
    }

    @Test
    void nobodyEndsSomeoneElsesSessionThroughTheirOwnList() {
        TestShops.Shop shop = shops.create("Private Sessions Garage");
        ApiClient technician = signIn(shop.email(Role.TECHNICIAN), "Bay tablet");
        ApiClient viewer = signIn(shop.email(Role.VIEWER), "Desk");
        String technicianSession = technician
                .get("/api/v1/me/sessions")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();

        assertThat(viewer.delete("/api/v1/me/sessions/" + technicianSession).status())
                .isEqualTo(404);
        assertThat(technician.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void ownersSeeAndEndEveryStaffSessionOthersCannot() {
        TestShops.Shop shop = shops.create("Overseen Garage");
        TestShops.Shop foreign = shops.create("Unseen Garage");
        ApiClient owner = signIn(shop.email(Role.OWNER), "Office");
        ApiClient advisor = signIn(shop.email(Role.SERVICE_ADVISOR), "Front desk");
        ApiClient stranger = signIn(foreign.email(Role.SERVICE_ADVISOR), "Elsewhere");
        String strangerSession = stranger.get("/api/v1/me/sessions")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();

        JsonNode all = owner.get("/api/v1/sessions").json().get("items");

        assertThat(all.valueStream().map(s -> s.get("device").asString()))
                .contains("Office", "Front desk")
                .doesNotContain("Elsewhere");
        assertThat(signIn(shop.email(Role.MANAGER), "Back office")
                        .get("/api/v1/sessions")
                        .status())
                .isEqualTo(403);
        String advisorSession = all.valueStream()
                .filter(s -> s.get("device").asString().equals("Front desk"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
        assertThat(owner.delete("/api/v1/sessions/" + strangerSession).status()).isEqualTo(404);
        assertThat(owner.delete("/api/v1/sessions/" + advisorSession).status()).isEqualTo(204);
        assertThat(advisor.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(stranger.get("/api/v1/me").status()).isEqualTo(200);
    }
}
