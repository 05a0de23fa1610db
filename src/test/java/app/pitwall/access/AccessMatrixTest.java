package app.pitwall.access;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.identity.StaffAccounts;
import app.pitwall.platform.TenantScope;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The access matrix, generated: every operation of the OpenAPI document × every caller (six roles,
 * a service advisor limited to another location, anonymous, an API token) × own tenant, foreign
 * tenant and other location, each called for real, the answer compared with what the permission
 * table says. All disagreeing cells are reported at once.
 *
 * <p>Expected: anonymous → 401 (public operations: anything but 403); an API token on an identity
 * endpoint or outside {@code /api/v1} → 403; lacking the operation's permission → 403; another tenant's id, or another
 * location's for the limited advisor → 404; otherwise neither 401, 403, 404 nor a server error.
 *
 * <p>Path ids are real objects made for each cell (so deleting one never spoils the next cell) by
 * the fixture registered for the path template in {@link #fixtures()}. A template without a fixture
 * fails the test, so every new endpoint must register one. Registering is one line:
 *
 * <pre>{@code
 * fixtures.put("/api/v1/repair-orders/{id}", located(at -> Map.of("id", at.owner().post(
 *         "/api/v1/repair-orders", Map.of("locationId", at.location().toString())).json().get("id").asString())));
 * }</pre>
 *
 * {@code located} objects belong to a location (the limited advisor's "other location" cell uses
 * one at the main location); {@code unlocated} ones belong to the tenant only. The context {@code
 * at} gives the shop, the location, a signed-in owner of that shop and the caller's email.
 */
@PitwallIntegrationTest
class AccessMatrixTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> IDENTITY_PREFIXES = Set.of(
            "/api/v1/me",
            "/api/v1/users",
            "/api/v1/sessions",
            "/api/v1/api-tokens",
            "/api/v1/invitations",
            "/api/v1/auth",
            "/api/v1/signup");
    private static final Set<String> ENDS_THE_CALLERS_SESSION =
            Set.of("POST /api/v1/auth/logout", "POST /api/v1/auth/logout-everywhere");

    @Autowired
    TestShops shops;

    @Autowired
    StaffAccounts staff;

    @Autowired
    TransactionTemplate transactions;

    @LocalServerPort
    int port;

    /** Who calls. */
    enum Caller {
        OWNER(Role.OWNER),
        MANAGER(Role.MANAGER),
        BOOKKEEPER(Role.BOOKKEEPER),
        SERVICE_ADVISOR(Role.SERVICE_ADVISOR),
        TECHNICIAN(Role.TECHNICIAN),
        VIEWER(Role.VIEWER),
        LIMITED_ADVISOR(Role.SERVICE_ADVISOR),
        ANONYMOUS(null),
        API_TOKEN(null);

        final Role role;

        Caller(Role role) {
            this.role = role;
        }
    }

    /** Whose ids the caller uses. */
    enum Context {
        OWN,
        FOREIGN_TENANT,
        OTHER_LOCATION
    }

    /** What a fixture knows when it makes an object for one cell. */
    record At(TestShops.Shop shop, UUID location, ApiClient owner, String callerEmail, ApiClient client) {}

    /** Makes the path variables of one template for one cell. */
    interface Maker {
        Map<String, String> make(At at);
    }

    record Fixture(boolean located, Maker maker) {}

    static Fixture located(Maker maker) {
        return new Fixture(true, maker);
    }

    static Fixture unlocated(Maker maker) {
        return new Fixture(false, maker);
    }

    /** The token caller's permissions: a viewer's, so it is refused every change. */
    static final Set<Permission> TOKEN_PERMISSIONS = Role.VIEWER.permissions();

    Map<String, Fixture> fixtures() {
        Map<String, Fixture> fixtures = new TreeMap<>();
        fixtures.put("/api/v1/customers/{id}", located(at -> Map.of("id", customer(at))));
        fixtures.put(
                "/api/v1/audit/subjects/{type}/{id}", unlocated(at -> Map.of("type", "customer", "id", customer(at))));
        fixtures.put("/api/v1/vehicles/{id}", located(at -> Map.of("id", vehicle(at))));
        fixtures.put("/api/v1/users/{id}", unlocated(at -> Map.of("id", freshStaff(at))));
        fixtures.put("/api/v1/users/{id}/sessions/revoke", unlocated(at -> Map.of("id", freshStaff(at))));
        fixtures.put("/api/v1/users/{id}/unlock", unlocated(at -> Map.of("id", freshStaff(at))));
        fixtures.put("/api/v1/invitations/{id}", unlocated(at -> Map.of("id", invitation(at))));
        fixtures.put("/api/v1/api-tokens/{id}", unlocated(at -> Map.of("id", apiToken(at))));
        fixtures.put("/api/v1/me/sessions/{id}", unlocated(at -> Map.of("id", sessionOf(at, at.callerEmail()))));
        fixtures.put(
                "/api/v1/sessions/{id}",
                unlocated(at -> Map.of("id", sessionOf(at, at.shop().email(Role.VIEWER)))));
        fixtures.put(
                "/api/v1/locations/{id}",
                located(at -> Map.of("id", at.location().toString())));
        workOrderFixtures(fixtures);
        billingFixtures(fixtures);
        return fixtures;
    }

    /**
     * The billing module's endpoints: each cell gets its own payer, or its own draft invoice (a progress invoice of an
     * order whose one job is approved and done). Posting or crediting such a draft may be refused as a business rule
     * (422), which the matrix accepts: it checks who may ask, not what the answer is.
     */
    void billingFixtures(Map<String, Fixture> fixtures) {
        fixtures.put(
                "/api/v1/payers/{id}",
                unlocated(at -> Map.of(
                        "id",
                        made(at.owner()
                                .post(
                                        "/api/v1/payers",
                                        Map.of("kind", "FLEET", "name", "Matrix fleet " + UUID.randomUUID()))))));
        fixtures.put(
                "/api/v1/repair-orders/{id}/invoices",
                located(at -> Map.of("id", finishedWork(at).get("id").asString())));
        Fixture invoice = located(at -> {
            String order = finishedWork(at).get("id").asString();
            ApiClient.Response drafted = at.owner().post("/api/v1/repair-orders/" + order + "/invoices", Map.of());
            if (drafted.status() != 201) {
                throw new IllegalStateException("Could not draft an invoice: " + drafted.body());
            }
            return Map.of("id", drafted.json().get("invoices").get(0).get("id").asString());
        });
        for (String path : List.of("", "/posting", "/credit-notes")) {
            fixtures.put("/api/v1/invoices/{id}" + path, invoice);
        }
    }

    /** A repair order in progress whose one job is approved by phone and done. */
    JsonNode finishedWork(At at) {
        JsonNode order = repairOrder(at);
        String base = "/api/v1/repair-orders/" + order.get("id").asString();
        String job = order.get("jobs").get(0).get("id").asString();
        at.owner()
                .post(
                        base + "/verbal-approvals",
                        Map.of("jobIds", List.of(job), "approvedBy", "Rosa Diaz", "method", "PHONE"));
        at.owner().post(base + "/transitions", Map.of("to", "IN_PROGRESS"));
        ApiClient.Response done = at.owner().post(base + "/jobs/" + job + "/completion", null);
        if (done.status() != 200) {
            throw new IllegalStateException("Could not finish the job: " + done.body());
        }
        return done.json();
    }

    /** The work-order module's endpoints: each cell gets its own order, appointment, bay, rate or canned job. */
    void workOrderFixtures(Map<String, Fixture> fixtures) {
        Fixture order = located(at -> Map.of("id", repairOrder(at).get("id").asString()));
        Fixture job = located(at -> {
            JsonNode made = repairOrder(at);
            JsonNode first = made.get("jobs").get(0);
            return Map.of(
                    "id", made.get("id").asString(),
                    "jobId", first.get("id").asString(),
                    "lineId", first.get("lines").get(0).get("id").asString());
        });
        for (String path : List.of(
                "", "/transitions", "/history", "/jobs", "/approval-requests", "/verbal-approvals", "/approvals")) {
            fixtures.put("/api/v1/repair-orders/{id}" + path, order);
        }
        for (String path : List.of("", "/completion", "/lines", "/lines/{lineId}")) {
            fixtures.put("/api/v1/repair-orders/{id}/jobs/{jobId}" + path, job);
        }
        fixtures.put(
                "/api/v1/approvals/{token}",
                unlocated(at -> Map.of(
                        "token",
                        at.owner()
                                .post(
                                        "/api/v1/repair-orders/"
                                                + repairOrder(at).get("id").asString() + "/approval-requests",
                                        Map.of())
                                .json()
                                .get("token")
                                .asString())));
        fixtures.put(
                "/api/v1/canned-jobs/{id}",
                unlocated(at -> Map.of(
                        "id",
                        made(at.owner()
                                .post(
                                        "/api/v1/canned-jobs",
                                        Map.of("name", "Matrix " + UUID.randomUUID(), "title", "Matrix job"))))));
        Fixture appointment = located(at -> {
            String vehicle = vehicle(at);
            String customer = at.owner()
                    .get("/api/v1/vehicles/" + vehicle)
                    .json()
                    .get("customerId")
                    .asString();
            return Map.of(
                    "id",
                    made(at.owner()
                            .post(
                                    "/api/v1/appointments",
                                    Map.of(
                                            "locationId",
                                            at.location().toString(),
                                            "customerId",
                                            customer,
                                            "vehicleId",
                                            vehicle,
                                            "startsAt",
                                            "2031-01-06T09:00",
                                            "durationMinutes",
                                            60))));
        });
        for (String path : List.of("", "/cancellation", "/check-in")) {
            fixtures.put("/api/v1/appointments/{id}" + path, appointment);
        }
        fixtures.put(
                "/api/v1/bays/{id}",
                located(at -> Map.of(
                        "id",
                        made(at.owner()
                                .post(
                                        "/api/v1/bays",
                                        Map.of(
                                                "locationId",
                                                at.location().toString(),
                                                "name",
                                                "Bay "
                                                        + UUID.randomUUID()
                                                                .toString()
                                                                .substring(0, 8)))))));
        fixtures.put(
                "/api/v1/labor-rates/{id}",
                located(at -> Map.of(
                        "id",
                        made(at.owner()
                                .post(
                                        "/api/v1/labor-rates",
                                        Map.of(
                                                "locationId",
                                                at.location().toString(),
                                                "name",
                                                "Rate "
                                                        + UUID.randomUUID()
                                                                .toString()
                                                                .substring(0, 8),
                                                "hourlyRate",
                                                "100.00"))))));
        fixtures.put("/api/v1/vehicles/{id}/deferred-work", located(at -> Map.of("id", vehicle(at))));
    }

    /** A repair order at the cell's location with one job, assigned to the shop's technician, of one labor line. */
    JsonNode repairOrder(At at) {
        String vehicle = vehicle(at);
        String customer = at.owner()
                .get("/api/v1/vehicles/" + vehicle)
                .json()
                .get("customerId")
                .asString();
        ApiClient.Response opened = at.owner()
                .post(
                        "/api/v1/repair-orders",
                        Map.of(
                                "locationId",
                                at.location().toString(),
                                "customerId",
                                customer,
                                "vehicleId",
                                vehicle,
                                "jobs",
                                List.of(Map.of(
                                        "title", "Matrix job",
                                        "technicianId",
                                                at.shop()
                                                        .users()
                                                        .get(Role.TECHNICIAN)
                                                        .toString(),
                                        "lines",
                                                List.of(Map.of(
                                                        "kind", "LABOR", "description", "Look", "amount", "10.00"))))));
        if (opened.status() != 201) {
            throw new IllegalStateException("Could not open a repair order: " + opened.body());
        }
        return opened.json();
    }

    static String made(ApiClient.Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("Fixture not made: " + response.body());
        }
        return response.json().get("id").asString();
    }

    String customer(At at) {
        return at.owner()
                .post(
                        "/api/v1/customers",
                        Map.of("lastName", "Matrix", "locationId", at.location().toString()))
                .json()
                .get("id")
                .asString();
    }

    String vehicle(At at) {
        return at.owner()
                .post("/api/v1/vehicles", Map.of("customerId", customer(at), "plate", "MTX 1"))
                .json()
                .get("id")
                .asString();
    }

    String freshStaff(At at) {
        String email = "matrix-" + UUID.randomUUID() + "@shop.example";
        return TenantScope.callAs(
                        at.shop().tenant(),
                        () -> transactions.execute(status -> staff.create(
                                at.shop().tenant(), "Matrix Staff", email, TestShops.PASSWORD, Role.VIEWER, Set.of())))
                .toString();
    }

    /** A second owner who makes the fixtures, so that the owner caller signing out everywhere spoils nothing. */
    ApiClient fixtureOwner(TestShops.Shop shop) {
        String email = "fixtures-" + UUID.randomUUID() + "@shop.example";
        TenantScope.runAs(
                shop.tenant(),
                () -> transactions.executeWithoutResult(status ->
                        staff.create(shop.tenant(), "Fixture Owner", email, TestShops.PASSWORD, Role.OWNER, Set.of())));
        return client().signIn(email, TestShops.PASSWORD);
    }

    String invitation(At at) {
        return at.owner()
                .post(
                        "/api/v1/invitations",
                        Map.of("email", "matrix-" + UUID.randomUUID() + "@x.example", "role", "viewer"))
                .json()
                .get("id")
                .asString();
    }

    String apiToken(At at) {
        return at.owner()
                .post("/api/v1/api-tokens", Map.of("name", "Matrix", "permissions", List.of("customers:read")))
                .json()
                .get("details")
                .get("id")
                .asString();
    }

    String sessionOf(At at, String email) {
        ApiClient session =
                at.client().signIn(email == null ? at.shop().email(Role.VIEWER) : email, TestShops.PASSWORD);
        for (JsonNode listed : session.get("/api/v1/me/sessions").json().get("items")) {
            if (listed.get("current").asBoolean()) {
                return listed.get("id").asString();
            }
        }
        throw new IllegalStateException("No current session for " + email);
    }

    ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    record Operation(String method, String path, String required) {

        boolean identity() {
            return IDENTITY_PREFIXES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
        }

        /** Outside the JSON API (security.txt, pages): API tokens are refused there, even where anyone may come. */
        boolean outsideTheApi() {
            return !path.startsWith("/api/v1/");
        }

        boolean hasVariables() {
            return path.contains("{");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** What a cell should answer. */
    enum Expected {
        UNAUTHENTICATED,
        FORBIDDEN,
        NOT_FOUND,
        SERVED,
        NOT_FORBIDDEN;

        boolean accepts(int status) {
            return switch (this) {
                case UNAUTHENTICATED -> status == 401;
                case FORBIDDEN -> status == 403;
                case NOT_FOUND -> status == 404;
                case SERVED -> status != 401 && status != 403 && status != 404 && status < 500;
                case NOT_FORBIDDEN -> status != 403 && status < 500;
            };
        }
    }

    static Expected expected(Operation operation, Caller caller, Context context) {
        if (caller == Caller.API_TOKEN && (operation.identity() || operation.outsideTheApi())) {
            return Expected.FORBIDDEN;
        }
        if (operation.required().equals("public")) {
            return Expected.NOT_FORBIDDEN;
        }
        if (caller == Caller.ANONYMOUS) {
            return Expected.UNAUTHENTICATED;
        }
        if (!operation.required().equals("signed-in")) {
            Permission permission = Permission.ofCode(operation.required());
            Set<Permission> held = caller == Caller.API_TOKEN ? TOKEN_PERMISSIONS : caller.role.permissions();
            if (!held.contains(permission)) {
                return Expected.FORBIDDEN;
            }
        }
        return context == Context.OWN ? Expected.SERVED : Expected.NOT_FOUND;
    }

    @Test
    void everyOperationTimesEveryCallerTimesOwnForeignAndOtherLocationAgreesWithThePermissionTable() {
        TestShops.Shop shop = shops.create("Matrix Motors");
        TestShops.Shop foreign = shops.create("Foreign Matrix");
        ApiClient owner = fixtureOwner(shop);
        ApiClient foreignOwner = fixtureOwner(foreign);
        String token = owner.post(
                        "/api/v1/api-tokens",
                        Map.of(
                                "name",
                                "Matrix token",
                                "permissions",
                                TOKEN_PERMISSIONS.stream().map(Permission::code).toList()))
                .json()
                .get("token")
                .asString();
        List<Operation> operations = operations(owner.get("/v3/api-docs").json());
        Map<String, Fixture> fixtures = fixtures();

        assertThat(operations.stream()
                        .filter(Operation::hasVariables)
                        .map(Operation::path)
                        .distinct()
                        .filter(path -> !fixtures.containsKey(path)))
                .as("path templates without a fixture: register one in AccessMatrixTest.fixtures()")
                .isEmpty();

        Map<Caller, ApiClient> callers = new EnumMap<>(Caller.class);
        List<String> disagreements = new ArrayList<>();
        int cells = 0;
        for (Operation operation : operations) {
            for (Caller caller : Caller.values()) {
                for (Context context : contexts(operation, caller, fixtures)) {
                    ApiClient client = callers.computeIfAbsent(caller, c -> signIn(c, shop));
                    TestShops.Shop owning = context == Context.FOREIGN_TENANT ? foreign : shop;
                    UUID location = context == Context.OTHER_LOCATION || caller != Caller.LIMITED_ADVISOR
                            ? owning.mainLocation()
                            : owning.otherLocation();
                    String email = caller.role == null
                            ? null
                            : caller == Caller.LIMITED_ADVISOR ? shop.limitedAdvisorEmail() : shop.email(caller.role);
                    At at = new At(
                            owning,
                            location,
                            context == Context.FOREIGN_TENANT ? foreignOwner : owner,
                            context == Context.FOREIGN_TENANT ? foreign.email(Role.VIEWER) : email,
                            client());
                    String path = expand(operation.path(), fixtures.get(operation.path()), at);
                    ApiClient.Response response = call(client, caller, operation.method(), path, token);
                    cells++;
                    Expected expected = expected(operation, caller, context);
                    if (!expected.accepts(response.status())) {
                        disagreements.add(String.format(
                                "%-7s %-45s %-16s %-14s expected %-15s got %d %s",
                                operation.method(),
                                operation.path(),
                                caller,
                                context,
                                expected,
                                response.status(),
                                response.body().length() > 160 ? response.body().substring(0, 160) : response.body()));
                    }
                    if (ENDS_THE_CALLERS_SESSION.contains(operation.toString())) {
                        callers.remove(caller);
                    }
                }
            }
        }

        assertThat(cells).isGreaterThan(operations.size() * Caller.values().length);
        assertThat(disagreements)
                .as("cells that disagree with the permission table")
                .isEmpty();
    }

    List<Context> contexts(Operation operation, Caller caller, Map<String, Fixture> fixtures) {
        List<Context> contexts = new ArrayList<>(List.of(Context.OWN));
        if (operation.hasVariables() && caller != Caller.ANONYMOUS) {
            contexts.add(Context.FOREIGN_TENANT);
            if (caller == Caller.LIMITED_ADVISOR
                    && fixtures.get(operation.path()).located()) {
                contexts.add(Context.OTHER_LOCATION);
            }
        }
        return contexts;
    }

    ApiClient signIn(Caller caller, TestShops.Shop shop) {
        return switch (caller) {
            case ANONYMOUS -> client();
            case API_TOKEN -> client().withoutCsrf();
            case LIMITED_ADVISOR -> client().signIn(shop.limitedAdvisorEmail(), TestShops.PASSWORD);
            default -> client().signIn(shop.email(caller.role), TestShops.PASSWORD);
        };
    }

    static ApiClient.Response call(ApiClient client, Caller caller, String method, String path, String token) {
        Object body = Set.of("POST", "PUT", "PATCH").contains(method) ? Map.of() : null;
        Map<String, String> headers =
                caller == Caller.API_TOKEN ? Map.of("Authorization", "Bearer " + token) : Map.of();
        return client.send(method, path, body, headers);
    }

    static String expand(String template, Fixture fixture, At at) {
        if (fixture == null) {
            return template;
        }
        Map<String, String> values = fixture.maker().make(at);
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("The fixture of " + template + " gives no " + matcher.group(1));
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        Set<String> methods = Set.of("get", "post", "put", "patch", "delete");
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    if (methods.contains(operation.getKey())) {
                        operations.add(new Operation(
                                operation.getKey().toUpperCase(),
                                path.getKey(),
                                operation
                                        .getValue()
                                        .path("x-required-permission")
                                        .asString("refused")));
                    }
                }));
        return operations;
    }
}
