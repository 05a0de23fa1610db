package app.pitwall.approvals;

import static app.pitwall.support.Workshop.created;
import static app.pitwall.support.Workshop.id;
import static app.pitwall.support.Workshop.jobId;
import static app.pitwall.support.Workshop.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.support.ApiClient;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The customer's approval page over real HTTP, as a phone without JavaScript uses it: the estimate in the shop's own
 * frame, a decision per job with a typed name, a confirmation, refused answers shown again as typed, and friendly
 * refusal pages without any data for links that cannot be used.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalPageTest {

    private static final Pattern ATTRIBUTE_URL = Pattern.compile("(?:src|href|action)=\"([^\"]*)\"");

    @Autowired
    TestShops shops;

    @Autowired
    app.pitwall.tenancy.ShopLogos logos;

    @LocalServerPort
    int port;

    Workshop shop;
    Workshop otherShop;

    @BeforeAll
    void openTwoShops() {
        shop = Workshop.open(shops, base(), "Approval Page Garage");
        otherShop = Workshop.open(shops, base(), "Other Page Garage");
    }

    String base() {
        return "http://localhost:" + port;
    }

    PageClient customer() {
        return new PageClient(base());
    }

    @Test
    void theCustomerSeesTheEstimateInTheShopsOwnFrameWithPricesButNoCostsContactOrStaffPages() {
        JsonNode order = shop.openOrder(List.of(shop.brakeJob(), shop.filterJob()));
        String token = token(order);

        PageClient.Answer page = customer().get("/approvals/" + token);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Approval Page Garage",
                        "Estimate " + order.get("number").asLong(),
                        "2019 Honda Civic")
                .contains("Front brakes", "Cabin filter", "Brake pads", "$54.99", "$250.78", "$272.42")
                .contains("id=\"job-1-approve\"", "id=\"job-1-decline\"", "id=\"job-2-approve\"")
                .contains("id=\"signature\"", "id=\"confirm\"", "name=\"_csrf\"")
                .doesNotContain("22.00", "555 010", "BP-100", "main-nav", "Sign out", "<script");
        assertThat(page.header("Cache-Control")).contains("no-store");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
        Matcher urls = ATTRIBUTE_URL.matcher(page.body());
        while (urls.find()) {
            assertThat(urls.group(1)).as("only this site's resources").matches("(/|#).*");
        }
    }

    @Test
    void approvingOneJobAndDecliningAnotherConfirmsWhatWasDecidedAndDefersTheDeclinedJob() {
        JsonNode order = shop.openOrder(List.of(shop.brakeJob(), shop.filterJob()));
        String token = token(order);
        PageClient customer = customer();
        JsonNode shown = estimate(token);
        customer.get("/approvals/" + token);

        PageClient.Answer answered = customer.post(
                "/approvals/" + token,
                fields(shown, List.of("APPROVED", "DECLINED"), "signature", "Rosa Diaz")
                        .toArray(String[]::new));

        assertThat(answered.status()).as(answered.body()).isEqualTo(302);
        assertThat(answered.header("Location")).endsWith("/approvals/" + token + "?confirmed");
        PageClient.Answer confirmation = customer.get("/approvals/" + token + "?confirmed");
        assertThat(confirmation.status()).isEqualTo(200);
        assertThat(section(confirmation.body(), "approved-jobs")).contains("Front brakes", "$250.78");
        assertThat(section(confirmation.body(), "declined-jobs")).contains("Cabin filter");
        assertThat(confirmation.body()).contains("Signed by Rosa Diaz");
        JsonNode staffView = ok(shop.advisor().get("/api/v1/repair-orders/" + id(order)));
        assertThat(staffView.get("status").asString()).isEqualTo("APPROVED");
        assertThat(staffView.get("jobs").get(0).get("approval").get("method").asString())
                .isEqualTo("LINK");
        JsonNode deferred = ok(shop.advisor().get("/api/v1/vehicles/" + shop.vehicle + "/deferred-work"));
        assertThat(deferred.get("items").findValuesAsString("jobId")).contains(jobId(order, 1));
        PageClient.Answer again = customer.get("/approvals/" + token);
        assertThat(again.body()).contains("Approved by Rosa Diaz", "Declined by Rosa Diaz");
    }

    @Test
    void anAnswerWithoutAChoiceForEveryJobOrWithoutANameIsRefusedWithTheInputKept() {
        JsonNode order = shop.openOrder(List.of(shop.brakeJob(), shop.filterJob()));
        String token = token(order);
        JsonNode shown = estimate(token);
        PageClient customer = customer();

        List<String> oneChoice = fields(shown, List.of("APPROVED"), "signature", "Rosa Diaz");
        PageClient.Answer missingChoice = customer.post("/approvals/" + token, oneChoice.toArray(String[]::new));
        List<String> noName = fields(shown, List.of("APPROVED", "DECLINED"), "signature", " ");
        PageClient.Answer missingName = customer.post("/approvals/" + token, noName.toArray(String[]::new));

        assertThat(missingChoice.status()).isEqualTo(400);
        assertThat(missingChoice.body())
                .contains("value=\"Rosa Diaz\"", "Choose approve or decline for Cabin filter", "id=\"job-2-error\"")
                .containsPattern("id=\"job-1-approve\"[^>]*checked");
        assertThat(missingName.status()).isEqualTo(400);
        assertThat(missingName.body())
                .contains("Type your full name to sign")
                .containsPattern("id=\"job-2-decline\"[^>]*checked");
        assertThat(status(order)).isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void anAnswerOnAVersionNoLongerCurrentIsRefusedAndShowsTheEstimateAsItNowIs() {
        JsonNode order = shop.openOrder(List.of(shop.brakeJob()));
        String token = token(order);
        JsonNode shown = estimate(token);
        changeBrakePadPrice(order, "64.99");

        PageClient.Answer answered = customer()
                .post(
                        "/approvals/" + token,
                        fields(shown, List.of("APPROVED"), "signature", "Rosa Diaz")
                                .toArray(String[]::new));

        assertThat(answered.status()).isEqualTo(409);
        assertThat(answered.body()).contains("The estimate changed", "$64.99", "value=\"Rosa Diaz\"");
        assertThat(status(order)).isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void aJobChangedAfterItsApprovalShowsWhatWasApprovedAgainstWhatItNowComesTo() {
        JsonNode order = shop.openOrder(List.of(shop.brakeJob()));
        String token = token(order);
        JsonNode shown = estimate(token);
        PageClient customer = customer();
        customer.post(
                "/approvals/" + token,
                fields(shown, List.of("APPROVED"), "signature", "Rosa Diaz").toArray(String[]::new));
        changeBrakePadPrice(order, "64.99");
        String again = token(order);

        PageClient.Answer page = customer.get("/approvals/" + again);

        assertThat(page.status()).isEqualTo(200);
        assertThat(section(page.body(), "job-1-changed"))
                .contains("You approved this job for $250.78")
                .contains("now comes to $261.60");
        assertThat(page.body()).contains("Changed since you approved", "id=\"job-1-approve\"");
    }

    @Test
    void theShopsLogoIsShownFromThisSiteOnlyAndTheNameAloneWithoutOne() throws java.io.IOException {
        Workshop logoShop = Workshop.open(shops, base(), "Logo Page Garage");
        String withoutLogo = tokenOf(logoShop, logoShop.openOrder(List.of(logoShop.brakeJob())));
        PageClient.Answer plain = customer().get("/approvals/" + withoutLogo);
        logos.change(logoShop.shop.tenant(), null, ApprovalJourneyTest.logo());
        String withLogo = tokenOf(logoShop, logoShop.openOrder(List.of(logoShop.brakeJob())));

        PageClient.Answer page = customer().get("/approvals/" + withLogo);
        PageClient.Answer logo = customer().get("/approvals/" + withLogo + "/logo");

        assertThat(plain.body()).contains("id=\"shop-name\"").doesNotContain("id=\"shop-logo\"");
        assertThat(page.body()).contains("src=\"/approvals/" + withLogo + "/logo\"", "Logo Page Garage");
        assertThat(logo.status()).isEqualTo(200);
        assertThat(logo.header("Content-Type")).isEqualTo("image/png");
        assertThat(logo.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(customer().get("/approvals/" + withoutLogo + "/logo").status())
                .as("the first link was replaced by nothing; it stays in force")
                .isEqualTo(200);
    }

    @Test
    void tamperedAndForeignLinksGetAFriendlyRefusalWithoutAnyData() {
        String token = token(shop.openOrder(List.of(shop.brakeJob())));
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        String foreign = otherShop.shop.tenant() + token.substring(36);

        for (String bad : List.of(tampered, foreign, "not-a-token", token + "x", "x".repeat(300))) {
            PageClient.Answer shown = customer().get("/approvals/" + bad);
            PageClient.Answer answered = customer().post("/approvals/" + bad, "signature", "Mallory");
            PageClient.Answer logo = customer().get("/approvals/" + bad + "/logo");
            assertThat(shown.status()).as(bad).isEqualTo(404);
            assertThat(answered.status()).as(bad).isEqualTo(404);
            assertThat(logo.status()).as(bad).isEqualTo(404);
            assertThat(shown.body())
                    .contains("This link does not work")
                    .doesNotContain("Diaz", "Front brakes", "Approval Page Garage", "Other Page Garage");
        }
    }

    @Test
    void aLinkReplacedByANewerOneIsRefusedAsGone() {
        JsonNode order = shop.openOrder(List.of(shop.brakeJob()));
        String first = token(order);
        JsonNode shown = estimate(first);
        String second = token(order);

        PageClient.Answer page = customer().get("/approvals/" + first);
        PageClient.Answer answered = customer()
                .post(
                        "/approvals/" + first,
                        fields(shown, List.of("APPROVED"), "signature", "Rosa Diaz")
                                .toArray(String[]::new));

        assertThat(page.status()).isEqualTo(410);
        assertThat(page.body()).contains("There is a newer link").doesNotContain("Front brakes", "Diaz");
        assertThat(answered.status()).isEqualTo(410);
        assertThat(customer().get("/approvals/" + second).status()).isEqualTo(200);
        assertThat(status(order)).isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void aLinkAnsweredTooOftenIsPausedWithAFriendlyPage() {
        JsonNode order = shop.openOrder(List.of(shop.brakeJob()));
        String token = token(order);
        JsonNode shown = estimate(token);
        List<String> stale = fields(shown, List.of("APPROVED"), "signature", "Rosa Diaz");
        stale.set(3, "0".repeat(64));
        PageClient customer = customer();

        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(customer.post("/approvals/" + token, stale.toArray(String[]::new))
                            .status())
                    .isEqualTo(409);
        }
        PageClient.Answer paused = customer.post("/approvals/" + token, stale.toArray(String[]::new));

        assertThat(paused.status()).isEqualTo(429);
        assertThat(paused.body()).contains("used too often").doesNotContain("Front brakes", "Diaz");
    }

    @Test
    void anAnswerFromAnotherSiteOrWithoutTheFormsTokenChangesNothing() {
        JsonNode order = shop.openOrder(List.of(shop.brakeJob()));
        String token = token(order);
        List<String> answer = fields(estimate(token), List.of("APPROVED"), "signature", "Rosa Diaz");
        PageClient customer = customer();
        customer.get("/approvals/" + token);

        PageClient.Answer withoutToken = customer.postWithout("/approvals/" + token, answer.toArray(String[]::new));
        ApiClient.Response crossSite = customer.api()
                .send(
                        "POST",
                        "/approvals/" + token,
                        Map.of("signature", "Rosa Diaz"),
                        Map.of("Origin", "https://evil.example"));

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(status(order)).isEqualTo("AWAITING_APPROVAL");
    }

    /** Sends the order for approval and answers the new link's token. */
    String token(JsonNode order) {
        return tokenOf(shop, order);
    }

    static String tokenOf(Workshop shop, JsonNode order) {
        return created(shop.advisor().post("/api/v1/repair-orders/" + id(order) + "/approval-requests", null))
                .get("token")
                .asString();
    }

    JsonNode estimate(String token) {
        return ok(new ApiClient(base()).get("/api/v1/approvals/" + token));
    }

    String status(JsonNode order) {
        return ok(shop.advisor().get("/api/v1/repair-orders/" + id(order)))
                .get("status")
                .asString();
    }

    void changeBrakePadPrice(JsonNode order, String price) {
        String base = "/api/v1/repair-orders/" + id(order);
        String line = ok(shop.advisor().get(base))
                .get("jobs")
                .get(0)
                .get("lines")
                .get(1)
                .get("id")
                .asString();
        ok(shop.advisor().patch(base + "/jobs/" + jobId(order, 0) + "/lines/" + line, Map.of("unitPrice", price)));
    }

    /** The form fields a customer sends: a choice and the version shown for the first jobs, then {@code more}. */
    static List<String> fields(JsonNode estimate, List<String> choices, String... more) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            JsonNode job = estimate.get("jobs").get(i);
            fields.add("decision-" + job.get("id").asString());
            fields.add(choices.get(i));
            fields.add("version-" + job.get("id").asString());
            fields.add(job.get("versionHash").asString());
        }
        fields.addAll(List.of(more));
        return fields;
    }

    /** The element with the given id and what follows it, up to the end of its list or block. */
    static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("element " + id).isNotNegative();
        int list = html.indexOf("</ul>", start);
        int block = html.indexOf("</div>", start);
        int stop = list < 0 ? block : block < 0 ? list : Math.min(list, block);
        return html.substring(start, stop < 0 ? html.length() : stop);
    }
}
