package app.pitwall.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.MutableClock;
import app.pitwall.support.MutableClockConfiguration;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.ResetLinks;
import app.pitwall.support.TestShops;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The identity pages over plain HTTP, as a browser without JavaScript uses them: who sees which page and link, what
 * is refused and how, and that a refused form changes nothing.
 */
@PitwallIntegrationTest
@Import(MutableClockConfiguration.class)
class IdentityPagesTest {

    @Autowired
    TestShops shops;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    TestShops.Shop shop;

    @BeforeEach
    void openShop() {
        shop = shops.create("Pages Motors");
    }

    @Test
    void aWeakPasswordIsRefusedAtItsFieldWithTheReasonAndNoShopIsCreated() {
        String email = "weak-" + UUID.randomUUID() + "@signup.example";

        PageClient.Answer refused = pages().post(
                        "/signup",
                        "businessName",
                        "Weak Motors",
                        "locationKind",
                        "REPAIR_SHOP",
                        "name",
                        "Wes Weak",
                        "email",
                        email,
                        "password",
                        "short");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"password-error\"").contains("too short: use at least 12");
        assertThat(refused.body()).contains("value=\"Weak Motors\"").doesNotContain("value=\"short\"");
        assertThat(new ApiClient(baseUrl())
                        .post("/api/v1/auth/login", Map.of("email", email, "password", "short"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aBusinessSignsUpOnThePageAndIsSignedInAsItsOwner() {
        PageClient owner = pages();

        PageClient.Answer signedUp = owner.post(
                "/signup",
                "businessName",
                "Page Motors",
                "locationKind",
                "STORAGE",
                "timeZone",
                "America/Denver",
                "country",
                "us",
                "currency",
                "usd",
                "name",
                "Pat Page",
                "email",
                "pat-" + UUID.randomUUID() + "@signup.example",
                "password",
                "quiet harbor tractor 1961");

        assertThat(signedUp.status()).isEqualTo(302);
        assertThat(signedUp.header("Location")).endsWith("/?notice=signed-up");
        assertThat(owner.get("/?notice=signed-up").header("Location")).isEqualTo("/today?notice=signed-up");
        PageClient.Answer start = owner.get("/today?notice=signed-up");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body()).contains("Page Motors").contains("Your shop is ready");
        assertThat(owner.api().get("/api/v1/me").json().get("role").asString()).isEqualTo("owner");
    }

    @Test
    void askingForAResetLinkAnswersTheSameForAnAccountAndForNoAccount() {
        try (ResetLinks links = new ResetLinks()) {
            PageClient.Answer known = pages().post("/password-reset", "email", shop.email(Role.TECHNICIAN));
            PageClient.Answer unknown =
                    pages().post("/password-reset", "email", "nobody-" + UUID.randomUUID() + "@x.example");

            assertThat(known.status()).isEqualTo(unknown.status()).isEqualTo(200);
            assertThat(withoutCsrf(known.body())).isEqualTo(withoutCsrf(unknown.body()));
            assertThat(known.body()).doesNotContain("pwr_");
            assertThat(links.lines()).hasSize(1);
        }
    }

    @Test
    void theResetAnswerSaysOnlyThatTheOperatorPassesTheLinkOnSinceNoEmailIsSent() {
        try (ResetLinks links = new ResetLinks()) {
            String body = pages().post("/password-reset", "email", shop.email(Role.VIEWER))
                    .body();

            assertThat(body)
                    .contains("<h1>Ask for your reset link</h1>")
                    .contains("This installation does not send email yet")
                    .contains("the person who runs Pitwall, who must pass it on to you")
                    .doesNotContain("Check your email")
                    .doesNotContain("on its way");
            assertThat(links.lines()).singleElement().asString().contains("token=pwr_");
        }
    }

    @Test
    void aResetThroughTheLinkEndsEverySessionAndWorksOnce() {
        PageClient signedIn = signedIn(shop.email(Role.SERVICE_ADVISOR));
        String token;
        try (ResetLinks links = new ResetLinks()) {
            pages().post("/password-reset", "email", shop.email(Role.SERVICE_ADVISOR));
            token = links.latestToken();
        }
        assertThat(pages().get("/password-reset?token=" + token).body()).contains("name=\"token\"");

        PageClient.Answer weak =
                pages().post("/password-reset/confirm", "token", token, "newPassword", "password12345");
        PageClient.Answer done =
                pages().post("/password-reset/confirm", "token", token, "newPassword", "amber canyon wrench 52");
        PageClient.Answer again =
                pages().post("/password-reset/confirm", "token", token, "newPassword", "other canyon wrench 53");

        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("id=\"newPassword-error\"");
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.header("Location")).endsWith("/login?notice=password-reset");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("This reset link is not valid");
        assertThat(signedIn.get("/customers").header("Location")).contains("/session/resume");
        assertThat(pages().post(
                                "/login",
                                "email",
                                shop.email(Role.SERVICE_ADVISOR),
                                "password",
                                "amber canyon wrench 52")
                        .status())
                .isEqualTo(302);
    }

    @Test
    void anUnusableInvitationLinkSaysSoAndOffersNoForm() {
        PageClient.Answer bogus = pages().get("/invitations/accept?token=pwi_" + shop.tenant() + ".bogus");

        assertThat(bogus.status()).isEqualTo(404);
        assertThat(bogus.body()).contains("This invitation cannot be used").doesNotContain("name=\"password\"");
    }

    @Test
    void theNavigationShowsEachRoleOnlyThePagesItMayOpen() {
        String technician =
                signedIn(shop.email(Role.TECHNICIAN)).get("/customers").body();
        String manager = signedIn(shop.email(Role.MANAGER)).get("/customers").body();
        String owner = signedIn(shop.email(Role.OWNER)).get("/customers").body();

        assertThat(technician)
                .contains("href=\"/account\"")
                .doesNotContain("href=\"/users\"", "href=\"/sessions\"", "href=\"/settings/security\"");
        assertThat(manager)
                .contains("href=\"/account\"", "href=\"/users\"")
                .doesNotContain("href=\"/sessions\"", "href=\"/settings/security\"");
        assertThat(owner)
                .contains("href=\"/account\"", "href=\"/users\"", "href=\"/sessions\"", "href=\"/settings/security\"");
    }

    @Test
    void theStaffPagesAreRefusedToRolesWithoutThePermissionAndChangeNothing() {
        UUID technicianId = shop.users().get(Role.TECHNICIAN);

        assertThat(signedIn(shop.email(Role.TECHNICIAN)).get("/users").status()).isEqualTo(403);
        assertThat(signedIn(shop.email(Role.MANAGER)).get("/settings/security").status())
                .isEqualTo(403);
        assertThat(signedIn(shop.email(Role.MANAGER)).get("/sessions").status()).isEqualTo(403);
        assertThat(signedIn(shop.email(Role.BOOKKEEPER))
                        .post("/users/" + technicianId + "/disable")
                        .status())
                .isEqualTo(403);
        assertThat(signedIn(shop.email(Role.BOOKKEEPER))
                        .post("/users/invitations", "email", "sneaky@x.example", "role", "viewer")
                        .status())
                .isEqualTo(403);
        assertThat(signedIn(shop.email(Role.MANAGER))
                        .post("/users/" + shop.users().get(Role.OWNER) + "/disable")
                        .body())
                .contains("You cannot do this to someone whose role is above your own");
        ApiClient owner = new ApiClient(baseUrl()).signIn(shop.email(Role.OWNER), TestShops.PASSWORD);
        assertThat(owner.get("/api/v1/users/" + technicianId)
                        .json()
                        .get("disabled")
                        .asBoolean())
                .isFalse();
        assertThat(owner.get("/api/v1/users/" + shop.users().get(Role.OWNER))
                        .json()
                        .get("disabled")
                        .asBoolean())
                .isFalse();
        assertThat(owner.get("/api/v1/invitations").json().get("items")).isEmpty();
    }

    @Test
    void anotherShopsStaffMemberIsNotFound() {
        TestShops.Shop other = shops.create("Other Pages Motors");
        PageClient owner = signedIn(shop.email(Role.OWNER));
        UUID foreign = other.users().get(Role.TECHNICIAN);

        assertThat(owner.get("/users/" + foreign).status()).isEqualTo(404);
        assertThat(owner.post("/users/" + foreign + "/disable").status()).isEqualTo(404);
        assertThat(owner.post("/users/" + foreign + "/sessions/end").status()).isEqualTo(404);
    }

    @Test
    void aUserWhoMustSetUpTwoStepVerificationIsSentToDoSoFromEveryOtherPage() {
        PageClient owner = signedIn(shop.email(Role.OWNER));
        PageClient.Answer saved = owner.post(
                "/settings/security",
                "mfaRequiredRoles",
                "technician",
                "idleTimeoutMinutes",
                "30",
                "absoluteLifetimeDays",
                "30");
        assertThat(saved.status()).isEqualTo(302);

        PageClient technician = signedIn(shop.email(Role.TECHNICIAN));
        assertThat(technician.get("/customers").header("Location")).endsWith("/account/security");
        assertThat(technician.get("/users").header("Location")).endsWith("/account/security");
        assertThat(technician.get("/account/sessions").header("Location")).endsWith("/account/security");
        assertThat(technician.get("/customers", "HX-Request", "true").header("HX-Redirect"))
                .isEqualTo("/account/security");
        PageClient.Answer setUp = technician.get("/account/security");
        assertThat(setUp.status()).isEqualTo(200);
        assertThat(setUp.body())
                .contains("Your shop requires two-step verification")
                .doesNotContain("href=\"/customers\"");
        assertThat(technician.post("/logout").header("Location")).endsWith("/login?notice=signed-out");
    }

    @Test
    void changingARoleNeedsThePasswordAgainOnceTheLastProofIsOlderThanFiveMinutes() {
        PageClient owner = signedIn(shop.email(Role.OWNER));
        UUID technician = shop.users().get(Role.TECHNICIAN);
        clock.advance(Duration.ofMinutes(6));

        PageClient.Answer withoutProof = owner.post("/users/" + technician + "/role", "role", "manager");
        PageClient.Answer wrongProof =
                owner.post("/users/" + technician + "/role", "role", "manager", "proofPassword", "not my password");
        assertThat(role(owner, technician)).isEqualTo("technician");
        PageClient.Answer proven =
                owner.post("/users/" + technician + "/role", "role", "manager", "proofPassword", TestShops.PASSWORD);

        assertThat(withoutProof.status()).isEqualTo(400);
        assertThat(withoutProof.body()).contains("id=\"proofPassword-error\"").contains("Enter your password");
        assertThat(wrongProof.status()).isEqualTo(400);
        assertThat(wrongProof.body()).contains("The password or code is wrong.");
        assertThat(proven.status()).isEqualTo(302);
        assertThat(proven.header("Location")).endsWith("/users/" + technician + "?notice=role-changed");
        assertThat(role(owner, technician)).isEqualTo("manager");
    }

    @Test
    void changingTheSignInEmailOnThePageNeedsAProofOnceTheLastIsOldAndKeepsWhatWasTyped() {
        TestShops.Shop other = shops.create("Email Elsewhere Garage");
        PageClient viewer = signedIn(shop.email(Role.VIEWER));
        String newEmail = "renamed-" + UUID.randomUUID() + "@shop.example";
        clock.advance(Duration.ofMinutes(6));

        PageClient.Answer form = viewer.get("/account/email");
        PageClient.Answer malformed = viewer.post("/account/email", "email", "nobody at all");
        PageClient.Answer withoutProof = viewer.post("/account/email", "email", newEmail);
        PageClient.Answer taken =
                viewer.post("/account/email", "email", other.email(Role.OWNER), "proofPassword", TestShops.PASSWORD);
        PageClient.Answer asked = viewer.post("/account/email", "email", newEmail);

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"proofPassword\"");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("id=\"email-error\"").contains("nobody at all");
        assertThat(withoutProof.status()).isEqualTo(400);
        assertThat(withoutProof.body()).contains("id=\"proofPassword-error\"").contains(newEmail);
        assertThat(taken.status())
                .as("an address another account uses is answered like any other")
                .isEqualTo(302);
        assertThat(taken.header("Location")).endsWith("/account/email?notice=email-change-sent");
        assertThat(asked.status())
                .as("the proof given with the first request is still recent")
                .isEqualTo(302);
        assertThat(asked.header("Location")).endsWith("/account/email?notice=email-change-sent");
    }

    @Test
    void aLockedAccountAnswersLikeAWrongPasswordAndItsUserIsToldOnceAfterTheOwnerUnlocksIt() {
        String email = shop.email(Role.SERVICE_ADVISOR);
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(pages().post("/login", "email", email, "password", "wrong " + attempt)
                            .status())
                    .isEqualTo(401);
            clock.advance(Duration.ofSeconds(61));
        }
        PageClient.Answer locked = pages().post("/login", "email", email, "password", TestShops.PASSWORD);
        PageClient.Answer wrong = pages().post("/login", "email", email, "password", "wrong again");
        assertThat(locked.status()).isEqualTo(wrong.status()).isEqualTo(401);
        assertThat(withoutCsrf(locked.body())).isEqualTo(withoutCsrf(wrong.body()));

        PageClient owner = signedIn(shop.email(Role.OWNER));
        assertThat(owner.get("/users").body()).contains("Locked");
        assertThat(owner.post("/users/" + shop.users().get(Role.SERVICE_ADVISOR) + "/unlock")
                        .header("Location"))
                .endsWith("?notice=user-unlocked");

        PageClient.Answer told =
                pages().post("/login", "email", email, "password", TestShops.PASSWORD, "next", "/vehicles");
        PageClient.Answer notAgain = pages().post("/login", "email", email, "password", TestShops.PASSWORD);
        assertThat(told.status()).isEqualTo(200);
        assertThat(told.body()).contains("Your account was locked on").contains("href=\"/vehicles\"");
        assertThat(notAgain.status()).isEqualTo(302);
    }

    @Test
    void disablingAnAccountOnThePageEndsItsSessionsUntilItIsEnabledAgain() {
        PageClient technician = signedIn(shop.email(Role.TECHNICIAN));
        PageClient owner = signedIn(shop.email(Role.OWNER));
        UUID id = shop.users().get(Role.TECHNICIAN);

        assertThat(owner.post("/users/" + id + "/disable").header("Location")).endsWith("?notice=user-disabled");
        assertThat(technician.get("/customers").header("Location")).contains("/session/resume");
        assertThat(owner.get("/users/" + id).body()).contains("Disabled").contains("Enable account");
        PageClient.Answer lastOwner = owner.post("/users/" + shop.users().get(Role.OWNER) + "/disable");
        assertThat(lastOwner.status()).isEqualTo(409);
        assertThat(lastOwner.body()).contains("This is the last owner");

        assertThat(owner.post("/users/" + id + "/enable").header("Location")).endsWith("?notice=user-enabled");
        assertThat(signedIn(shop.email(Role.TECHNICIAN)).get("/customers").status())
                .isEqualTo(200);
    }

    @Test
    void endingAnotherOfMySessionsLeavesThisOneAndSigningOutEverywhereEndsAll() {
        PageClient here = signedIn(shop.email(Role.VIEWER));
        PageClient there = signedIn(shop.email(Role.VIEWER));
        String thereId = null;
        for (JsonNode session : there.api().get("/api/v1/me/sessions").json().get("items")) {
            if (session.get("current").asBoolean()) {
                thereId = session.get("id").asString();
            }
        }

        PageClient.Answer page = here.get("/account/sessions");
        assertThat(page.body()).contains("This session").contains("/account/sessions/" + thereId + "/end");
        assertThat(here.post("/account/sessions/" + thereId + "/end").header("Location"))
                .endsWith("/account/sessions?notice=session-ended");
        assertThat(there.get("/customers").header("Location")).contains("/session/resume");
        assertThat(here.get("/customers").status()).isEqualTo(200);

        PageClient third = signedIn(shop.email(Role.VIEWER));
        assertThat(here.post("/account/sessions/end-all").header("Location"))
                .endsWith("/login?notice=signed-out-everywhere");
        assertThat(third.get("/customers").header("Location")).contains("/session/resume");
    }

    @Test
    void anOutOfRangeTimeoutIsRefusedAtItsFieldAndNothingChanges() {
        PageClient owner = signedIn(shop.email(Role.OWNER));

        PageClient.Answer tooLong =
                owner.post("/settings/security", "idleTimeoutMinutes", "999", "absoluteLifetimeDays", "30");
        PageClient.Answer notANumber = owner.post(
                "/settings/security",
                "mfaRequiredForAll",
                "true",
                "idleTimeoutMinutes",
                "ten",
                "absoluteLifetimeDays",
                "30");

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("id=\"idleTimeoutMinutes-error\"").contains("Must be between 1 and 30");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.body()).contains("Enter a whole number").contains("value=\"ten\"");
        JsonNode settings = owner.api().get("/api/v1/settings/security").json();
        assertThat(settings.get("idleTimeoutMinutes").asInt()).isEqualTo(30);
        assertThat(settings.get("mfaRequiredForAll").asBoolean()).isFalse();
    }

    @Test
    void turningTwoStepVerificationOffAfterTheProofRanOutNeedsPasswordAndCodeThenAFreshCode() {
        String email = shop.email(Role.BOOKKEEPER);
        PageClient bookkeeper = signedIn(email);
        Authenticator app = MfaSteps.enrol(bookkeeper.api(), clock);
        clock.advance(Duration.ofMinutes(6));

        assertThat(bookkeeper.get("/account/security").body())
                .contains("action=\"/account/security/reauthenticate\"")
                .doesNotContain("action=\"/account/security/off\"");
        PageClient.Answer tooOld = bookkeeper.post("/account/security/off", "code", app.nextCode());
        PageClient.Answer noCode =
                bookkeeper.post("/account/security/reauthenticate", "proofPassword", TestShops.PASSWORD);
        PageClient.Answer proven = bookkeeper.post(
                "/account/security/reauthenticate", "proofPassword", TestShops.PASSWORD, "proofCode", app.nextCode());
        PageClient.Answer replayed = bookkeeper.post("/account/security/off", "code", app.code());
        PageClient.Answer off = bookkeeper.post("/account/security/off", "code", app.nextCode());

        assertThat(tooOld.status()).isEqualTo(403);
        assertThat(tooOld.body()).contains("confirm it&#39;s you with your password first");
        assertThat(noCode.status()).isEqualTo(400);
        assertThat(noCode.body()).contains("id=\"proofCode-error\"");
        assertThat(proven.header("Location")).endsWith("/account/security?notice=identity-confirmed");
        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.body()).contains("The code is wrong or was already used.");
        assertThat(off.header("Location")).endsWith("/account/security?notice=mfa-off");
        assertThat(bookkeeper.api().get("/api/v1/me/mfa").json().get("enabled").asBoolean())
                .isFalse();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsTheOtherSessions() {
        String email = shop.email(Role.MANAGER);
        PageClient here = signedIn(email);
        PageClient elsewhere = signedIn(email);

        PageClient.Answer wrongCurrent = here.post(
                "/account/password", "currentPassword", "not it at all", "newPassword", "lantern pebble orbit 88");
        PageClient.Answer weak =
                here.post("/account/password", "currentPassword", TestShops.PASSWORD, "newPassword", "password12345");
        assertThat(elsewhere.get("/customers").status()).isEqualTo(200);
        PageClient.Answer changed = here.post(
                "/account/password", "currentPassword", TestShops.PASSWORD, "newPassword", "lantern pebble orbit 88");

        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.body()).contains("id=\"currentPassword-error\"");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("id=\"newPassword-error\"");
        assertThat(changed.header("Location")).endsWith("/account/password?notice=password-changed");
        assertThat(here.get("/customers").status()).isEqualTo(200);
        assertThat(elsewhere.get("/customers").header("Location")).contains("/session/resume");
        assertThat(pages().post("/login", "email", email, "password", "lantern pebble orbit 88")
                        .status())
                .isEqualTo(302);
    }

    @Test
    void theInviteFormRefusesABadEmailARoleAboveOnesOwnAndSomeoneAlreadyOnTheStaff() {
        PageClient manager = signedIn(shop.email(Role.MANAGER));

        PageClient.Answer badEmail = manager.post("/users/invitations", "email", "not-an-email", "role", "viewer");
        PageClient.Answer aboveOwn = manager.post("/users/invitations", "email", "boss@x.example", "role", "owner");
        PageClient.Answer badLocation = manager.post(
                "/users/invitations", "email", "new@x.example", "role", "viewer", "locationIds", "somewhere");
        PageClient.Answer alreadyStaff =
                manager.post("/users/invitations", "email", shop.email(Role.VIEWER), "role", "viewer");

        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.body()).contains("id=\"email-error\"").contains("value=\"not-an-email\"");
        assertThat(aboveOwn.status()).isEqualTo(403);
        assertThat(aboveOwn.body()).contains("You cannot give a role above your own.");
        assertThat(aboveOwn.body()).doesNotContain("<option value=\"owner\"");
        assertThat(badLocation.status()).isEqualTo(400);
        assertThat(alreadyStaff.status()).isEqualTo(409);
        assertThat(alreadyStaff.body()).contains("Someone with this email already works here.");
        assertThat(manager.api().get("/api/v1/invitations").json().get("items")).isEmpty();
    }

    private String role(PageClient client, UUID user) {
        return client.api().get("/api/v1/users/" + user).json().get("role").asString();
    }

    /** A page's text without its per-response CSRF token. */
    private static String withoutCsrf(String body) {
        return body.replaceAll("name=\"csrf-token\" content=\"[^\"]*\"", "")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    private PageClient signedIn(String email) {
        return pages().signIn(email, TestShops.PASSWORD);
    }

    private PageClient pages() {
        return new PageClient(baseUrl());
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
