package app.pitwall.frontdesk;

import static app.pitwall.support.Workshop.created;
import static app.pitwall.support.Workshop.id;
import static app.pitwall.support.Workshop.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The Today page over HTTP, as each role and location sees it: the day's appointments with who arrived, the open
 * orders by status with the one waiting longest, what is promised today and what is late, what waits on parts or the
 * customer, and the answers since the user last marked them seen; a user limited to one location never sees another's
 * orders, and another tenant's location is not found.
 */
@PitwallIntegrationTest
class TodayPageTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    Workshop shop;
    JsonNode held;
    JsonNode awaiting;
    JsonNode late;
    JsonNode promised;
    JsonNode north;

    @BeforeEach
    void aDayAtTheShop() {
        shop = Workshop.open(shops, base(), "Today Garage");
        held = shop.orderIn(RepairOrder.Status.ON_HOLD);
        awaiting = shop.orderIn(RepairOrder.Status.AWAITING_APPROVAL);
        LocalDate today = LocalDate.now(CHICAGO);
        late = promise(shop.orderIn(RepairOrder.Status.IN_PROGRESS), today.minusDays(1) + "T17:00");
        promised = promise(shop.openOrder(List.of(shop.filterJob())), today + "T23:59");
        String arriving = book(today + "T08:00");
        book(today + "T11:30");
        created(shop.advisor().post("/api/v1/appointments/" + arriving + "/check-in", Map.of("odometerIn", 42100)));
        north = northOrder();
    }

    @Test
    void anAdvisorSeesTheDayOfTheMainLocation() {
        String page = page(Role.SERVICE_ADVISOR, "/today");

        assertThat(section(page, "today-location")).contains("Today Garage Main");
        assertThat(section(page, "today-appointments"))
                .contains("1 of 2 arrived", "08:00", "11:30", "Arrived", "Expected", "Diaz, Rosa");
        String statuses = section(page, "today-statuses");
        assertThat(row(statuses, "ON_HOLD"))
                .contains(">1<", "Repair order " + held.get("number").asLong());
        assertThat(row(statuses, "AWAITING_APPROVAL")).contains(">1<");
        assertThat(row(statuses, "ESTIMATE")).contains(">2<");
        assertThat(section(page, "today-late")).contains(number(late)).doesNotContain(number(promised));
        assertThat(section(page, "today-promised")).contains(number(promised));
        assertThat(section(page, "today-waiting"))
                .contains(number(held), "Waiting for pads", number(awaiting))
                .doesNotContain(number(late));
        assertThat(page).doesNotContain(number(north));
    }

    @Test
    void answersStayUntilMarkedSeenAndNewOnesComeBack() {
        PageClient advisor = pages(shop.shop.email(Role.SERVICE_ADVISOR));
        String answered = section(advisor.get("/today").body(), "today-answered");
        assertThat(answered).contains(number(held), number(late), "recorded by staff", "In the last seven days.");

        PageClient.Answer seen =
                advisor.post("/today/seen", "location", shop.shop.mainLocation().toString());
        assertThat(seen.status()).isEqualTo(302);
        assertThat(seen.header("location")).contains("/today?location=", "notice=answers-seen");
        String after = section(advisor.get("/today").body(), "today-answered");
        assertThat(after)
                .contains("No new answers.", "Since you last marked them seen")
                .doesNotContain(number(held));
        assertThat(section(page(Role.MANAGER, "/today"), "today-answered")).contains(number(held));

        JsonNode approved = shop.orderIn(RepairOrder.Status.APPROVED);
        assertThat(section(advisor.get("/today").body(), "today-answered"))
                .contains(number(approved))
                .doesNotContain(number(held));
    }

    @Test
    void aUserLimitedToOneLocationSeesOnlyItsOrdersAndNoPicker() {
        PageClient limited = pages(shop.shop.limitedAdvisorEmail());

        String page = limited.get("/today").body();

        assertThat(section(page, "today-location")).contains("Today Garage North");
        assertThat(page).contains(number(north)).doesNotContain(number(held), number(late), "today-location-choice");
        assertThat(limited.get("/today?location=" + shop.shop.mainLocation()).status())
                .isEqualTo(404);
        assertThat(limited.post(
                                "/today/seen",
                                "location",
                                shop.shop.mainLocation().toString())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void someoneAtEveryLocationPicksOneAndAnotherTenantsLocationIsNotFound() {
        PageClient owner = pages(shop.shop.email(Role.OWNER));
        assertThat(owner.get("/today").body()).contains("today-location-choice", "Today Garage North");

        String north = owner.get("/today?location=" + shop.shop.otherLocation()).body();
        assertThat(section(north, "today-location")).contains("Today Garage North");
        assertThat(north).contains(number(this.north)).doesNotContain(number(held));

        TestShops.Shop foreign = shops.create("Foreign Today");
        assertThat(owner.get("/today?location=" + foreign.mainLocation()).status())
                .isEqualTo(404);
        assertThat(owner.get("/today?location=not-a-location").status()).isEqualTo(400);
    }

    @Test
    void everyRoleWithTheOrdersSeesTheDayAndEveryItemLinksToAPageTheyMayOpen() {
        for (Role role : Role.values()) {
            PageClient client = pages(shop.shop.email(role));
            PageClient.Answer page = client.get("/today");
            assertThat(page.status()).as(role.code()).isEqualTo(200);
            assertThat(page.body()).as(role.code()).contains(number(held), "Diaz, Rosa");
            Matcher links = Pattern.compile("<main.*</main>", Pattern.DOTALL).matcher(page.body());
            assertThat(links.find()).isTrue();
            Matcher href = Pattern.compile("href=\"(/[^\"#]*)").matcher(links.group());
            while (href.find()) {
                String target = href.group(1).replace("&amp;", "&");
                assertThat(client.get(target).status())
                        .as(role.code() + " " + target)
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void markingSeenIsEveryonesOwnAndNobodyElsesWithoutSigningIn() {
        for (Role role : Role.values()) {
            PageClient.Answer seen = pages(shop.shop.email(role))
                    .post("/today/seen", "location", shop.shop.mainLocation().toString());
            assertThat(seen.status()).as(role.code()).isEqualTo(302);
        }
        PageClient anonymous = new PageClient(base());
        assertThat(anonymous.get("/today").status()).isEqualTo(302);
        assertThat(anonymous.get("/today").header("location")).startsWith("/session/resume");
        assertThat(anonymous
                        .postWithout(
                                "/today/seen",
                                "location",
                                shop.shop.mainLocation().toString())
                        .status())
                .isIn(302, 401, 403);
        TestShops.Shop foreign = shops.create("Foreign Seen");
        assertThat(pages(shop.shop.email(Role.OWNER))
                        .post("/today/seen", "location", foreign.mainLocation().toString())
                        .status())
                .isEqualTo(404);
        assertThat(section(page(Role.OWNER, "/today"), "today-answered")).contains("No new answers.");
    }

    private JsonNode promise(JsonNode order, String when) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("promisedAt", when);
        body.put("version", order.get("version").asInt());
        return ok(shop.advisor().patch("/api/v1/repair-orders/" + id(order), body));
    }

    private String book(String startsAt) {
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
                                startsAt,
                                "durationMinutes",
                                60))));
    }

    private JsonNode northOrder() {
        String customer = id(created(shop.limitedAdvisor.post(
                "/api/v1/customers",
                Map.of(
                        "lastName",
                        "Nordqvist",
                        "locationId",
                        shop.shop.otherLocation().toString(),
                        "phones",
                        List.of("555 020 1111")))));
        String vehicle = id(created(shop.limitedAdvisor.post(
                "/api/v1/vehicles",
                Map.of("customerId", customer, "plate", "NRT 1", "year", 2018, "make", "Volvo", "model", "V60"))));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("locationId", shop.shop.otherLocation().toString());
        body.put("customerId", customer);
        body.put("vehicleId", vehicle);
        body.put("jobs", List.of(Map.of("title", "North inspection")));
        return created(shop.limitedAdvisor.post("/api/v1/repair-orders", body));
    }

    private String page(Role role, String path) {
        PageClient.Answer answer = pages(shop.shop.email(role)).get(path);
        assertThat(answer.status()).as(role + " " + path).isEqualTo(200);
        return answer.body();
    }

    private PageClient pages(String email) {
        return new PageClient(base()).signIn(email, TestShops.PASSWORD);
    }

    private static String number(JsonNode order) {
        return "Repair order " + order.get("number").asLong() + "<";
    }

    /** The element marked {@code data-testid} up to the end of its section or list. */
    private static String section(String page, String testId) {
        int start = page.indexOf("data-testid=\"" + testId + "\"");
        assertThat(start).as(testId).isNotNegative();
        int end = page.indexOf("</section>", start);
        int span = page.indexOf("</span>", start);
        return page.substring(start, testId.equals("today-location") ? span : end);
    }

    private static String row(String table, String status) {
        int start = table.indexOf("data-status=\"" + status + "\"");
        assertThat(start).as(status).isNotNegative();
        return table.substring(start, table.indexOf("</tr>", start));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
