package app.pitwall.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.identity.StaffAccounts;
import app.pitwall.platform.TenantScope;
import app.pitwall.platform.web.ShopClock;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The audit page reads like the rest of the shop's pages: people, customers, vehicles and repair
 * orders by name (ids on hover), times on the viewer's shop clock, this machine's address as
 * "this machine", and filters picked from lists: a person, a kind of event, a customer with their
 * vehicles and orders, a repair order. The export keeps the raw entry.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditPageReadingTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @LocalServerPort
    int port;

    @Autowired
    TestShops shops;

    @Autowired
    StaffAccounts staff;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    TestShops.Shop shop;
    String nora;
    String otto;
    String vehicle;
    String order;
    long orderNumber;
    String limitedManager;

    @BeforeAll
    void aShopWithACustomerAVehicleAndARepairOrder() {
        shop = shops.create("Audit Reading Garage", BERLIN, TOKYO);
        ApiClient advisor = api(shop.email(Role.SERVICE_ADVISOR));
        nora = created(advisor.post(
                "/api/v1/customers",
                Map.of(
                        "firstName",
                        "Nora",
                        "lastName",
                        "Quill",
                        "locationId",
                        shop.mainLocation().toString())));
        assertThat(advisor.patch("/api/v1/customers/" + nora, Map.of("lastName", "Quillon"))
                        .status())
                .isEqualTo(200);
        vehicle = created(advisor.post(
                "/api/v1/vehicles",
                Map.of("customerId", nora, "plate", "RSA 911", "year", 2019, "make", "Honda", "model", "Civic")));
        JsonNode opened = advisor.post(
                        "/api/v1/repair-orders",
                        Map.of(
                                "locationId",
                                shop.mainLocation().toString(),
                                "customerId",
                                nora,
                                "vehicleId",
                                vehicle,
                                "concerns",
                                List.of("Squeal when braking")))
                .json();
        order = opened.get("id").asString();
        orderNumber = opened.get("number").asLong();
        otto = created(advisor.post("/api/v1/customers", Map.of("firstName", "Otto", "lastName", "Other")));
        advisor.patch("/api/v1/customers/" + otto, Map.of("lastName", "Otter"));
        limitedManager = "north-manager-" + shop.tenant().value().toString().substring(0, 8) + "@shop.example";
        TenantScope.runAs(
                shop.tenant(),
                () -> transactions.executeWithoutResult(status -> staff.create(
                        shop.tenant(),
                        "Mara North",
                        limitedManager,
                        TestShops.PASSWORD,
                        Role.MANAGER,
                        Set.of(shop.otherLocation()))));
    }

    private ApiClient api(String email) {
        return new ApiClient(base()).signIn(email, TestShops.PASSWORD);
    }

    private PageClient page(Role role) {
        return new PageClient(base()).signIn(shop.email(role), TestShops.PASSWORD);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private String advisorName() {
        return "service-advisor of " + shop.name();
    }

    @Test
    void peopleAndThingsAreNamedWithTheirIdsOnHover() {
        String body = page(Role.MANAGER).get("/audit").body();

        assertThat(body)
                .contains(">Quillon, Nora</a>")
                .contains("title=\"customer " + nora + "\"")
                .contains(">2019 Honda Civic · RSA 911</a>")
                .contains(">Repair order #" + orderNumber + " · Quillon, Nora</a>")
                .contains(">" + advisorName() + "</span>")
                .contains("title=\"user " + shop.users().get(Role.SERVICE_ADVISOR) + "\"")
                .contains("title=\"customer.changed\">Customer changed</td>")
                .doesNotContain(">customer " + nora + "<");
    }

    @Test
    void timesAreOnTheClockOfTheViewersFirstLocation() {
        Instant changed = Instant.parse(api(shop.email(Role.OWNER))
                .get("/api/v1/audit/events?action=customer.changed&subjectId=" + nora)
                .json()
                .get("items")
                .get(0)
                .get("time")
                .asString());

        String owner = page(Role.OWNER)
                .get("/audit?subjectType=customer&subjectId=" + nora)
                .body();
        String north = new PageClient(base())
                .signIn(limitedManager, TestShops.PASSWORD)
                .get("/audit?subjectType=customer&subjectId=" + nora)
                .body();

        assertThat(owner)
                .contains(ShopClock.shownToTheSecond(changed, BERLIN))
                .contains("datetime=\"" + changed + "\"")
                .contains("Audit Reading Garage Main (Europe/Berlin)");
        assertThat(north)
                .contains(ShopClock.shownToTheSecond(changed, TOKYO))
                .contains("Audit Reading Garage North (Asia/Tokyo)");
    }

    @Test
    void datesFilterOnTheViewersClock() {
        Instant changed = Instant.parse(api(shop.email(Role.OWNER))
                .get("/api/v1/audit/events?action=customer.changed&subjectId=" + nora)
                .json()
                .get("items")
                .get(0)
                .get("time")
                .asString());
        String day = changed.atZone(BERLIN).toLocalDate().toString();
        String dayBefore = changed.atZone(BERLIN).toLocalDate().minusDays(1).toString();

        assertThat(page(Role.OWNER)
                        .get("/audit?action=customer.changed&from=" + day + "&to=" + day)
                        .body())
                .contains("lastName: Quill → Quillon");
        assertThat(page(Role.OWNER)
                        .get("/audit?action=customer.changed&to=" + dayBefore)
                        .body())
                .doesNotContain("lastName: Quill → Quillon");
    }

    @Test
    void thisMachinesAddressIsShownAsThisMachineAndExportedAsRecorded() {
        JsonNode entry = api(shop.email(Role.OWNER))
                .get("/api/v1/audit/events?action=customer.changed&subjectId=" + nora)
                .json()
                .get("items")
                .get(0);
        String raw = entry.get("request").get("source").asString();

        String body = page(Role.MANAGER)
                .get("/audit?subjectType=customer&subjectId=" + nora)
                .body();
        String csv = api(shop.email(Role.OWNER))
                .get("/api/v1/audit/export?format=csv")
                .body();

        assertThat(body).contains("title=\"" + raw + "\">this machine</span>").doesNotContain(">" + raw + "<");
        assertThat(csv)
                .contains("," + raw + ",")
                .contains("," + nora + ",")
                .contains(shop.users().get(Role.SERVICE_ADVISOR).toString())
                .doesNotContain("this machine")
                .doesNotContain("Quillon, Nora");
    }

    @Test
    void aPersonIsPickedFromTheStaffList() {
        String advisor = shop.users().get(Role.SERVICE_ADVISOR).toString();
        String owner = shop.users().get(Role.OWNER).toString();
        PageClient manager = page(Role.MANAGER);

        assertThat(manager.get("/audit").body())
                .contains("<option value=\"" + advisor + "\">" + advisorName() + "</option>")
                .contains("<option value=\"\" selected=\"selected\">Anyone</option>");
        assertThat(manager.get("/audit?actorId=" + advisor).body())
                .contains("lastName: Quill → Quillon")
                .contains("<option value=\"" + advisor + "\" selected=\"selected\">");
        assertThat(manager.get("/audit?actorId=" + owner).body())
                .doesNotContain("lastName: Quill → Quillon")
                .contains("title=\"user.signed-in\"");
    }

    @Test
    void aKindOfEventIsPickedFromTheKindsTheTrailHoldsGroupedByWhatTheyAreAbout() {
        PageClient manager = page(Role.MANAGER);

        assertThat(manager.get("/audit").body())
                .contains("<optgroup label=\"Customers\">")
                .contains("<option value=\"customer.*\">Customers: all events</option>")
                .contains("<option value=\"customer.changed\">Customer changed</option>")
                .contains("<optgroup label=\"Repair orders\">")
                .doesNotContain("<option value=\"invoice.");
        assertThat(manager.get("/audit?action=customer.changed").body())
                .contains("lastName: Quill → Quillon")
                .doesNotContain("title=\"user.signed-in\"")
                .doesNotContain("title=\"vehicle.registered\"");
        assertThat(manager.get("/audit?action=customer.*").body())
                .contains("title=\"customer.registered\"")
                .doesNotContain("title=\"vehicle.registered\"");
    }

    @Test
    void anActionWithoutALabelShowsItsName() {
        TenantScope.runAs(
                shop.tenant(),
                () -> transactions.executeWithoutResult(
                        status -> events.publishEvent(new TestAuditedChange(shop.tenant(), 7))));

        String body = page(Role.MANAGER).get("/audit").body();

        assertThat(body)
                .contains("title=\"test.changed\">test.changed</td>")
                .contains("<optgroup label=\"test\">")
                .contains("<option value=\"test.changed\">test.changed</option>");
    }

    @Test
    void aCustomerIsFoundByNameAndShowsTheirVehiclesAndRepairOrdersToo() {
        PageClient manager = page(Role.MANAGER);

        assertThat(manager.get("/audit/pickers/about?aboutQuery=Quill").body())
                .contains("<option value=\"customer:" + nora + "\">Quillon, Nora (with vehicles and orders)</option>")
                .doesNotContain(otto);
        assertThat(manager.get("/audit?aboutQuery=Quill&find=about").body())
                .as("without JavaScript the Find button shows the matches in the whole page")
                .contains("value=\"customer:" + nora + "\"");
        assertThat(manager.get("/audit?about=customer:" + nora).body())
                .contains("title=\"customer.changed\"")
                .contains("title=\"vehicle.registered\"")
                .contains("title=\"repair-order.opened\"")
                .contains("<option value=\"customer:" + nora + "\" selected=\"selected\">")
                .doesNotContain("Otter, Otto")
                .doesNotContain("title=\"user.signed-in\"");
    }

    @Test
    void aRepairOrderIsFoundByItsNumber() {
        PageClient manager = page(Role.MANAGER);

        assertThat(manager.get("/audit/pickers/about?aboutQuery=%23" + orderNumber)
                        .body())
                .contains("<option value=\"repair-order:" + order + "\">Repair order #" + orderNumber
                        + " · Quillon, Nora</option>");
        assertThat(manager.get("/audit?about=repair-order:" + order).body())
                .contains("title=\"repair-order.opened\"")
                .doesNotContain("title=\"customer.changed\"")
                .doesNotContain("title=\"vehicle.registered\"");
    }

    @Test
    void aBookkeeperIsOfferedOnlyTheFinancialKindsAndNoCustomersBeyondThem() {
        String body = page(Role.BOOKKEEPER).get("/audit").body();

        assertThat(body).doesNotContain("<option value=\"customer.changed\">").doesNotContain("Quillon, Nora");
    }
}
