package app.pitwall.access;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.identity.StaffAccounts;
import app.pitwall.platform.web.ExpectedVersion;
import app.pitwall.platform.web.PageView;
import app.pitwall.platform.web.Paging;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The API contract, for every endpoint under {@code /api/v1} as the running application registers it (its handler
 * mappings, so a new endpoint is in without anyone listing it): no GET answers a bare list; every list answers {@code
 * {"items": [...], "nextCursor": ...}} and refuses {@code limit=101}; every single-resource GET sends a strong ETag;
 * every write to an existing resource without a version answers 428. Path ids come from the fixtures of {@link
 * AccessMatrixTest} (one registry for both), so a new template needs one fixture there. The few endpoints outside a
 * rule are named below with the reason.
 */
@PitwallIntegrationTest
class ApiContractTest {

    /**
     * Writes to something that has no version of its own, each with why: they end or withdraw a thing that never
     * changes otherwise (so there is no stale copy to refuse), or they are the customer's answer, versioned by hash.
     */
    private static final Map<String, String> WRITES_WITHOUT_A_VERSION = Map.of(
            "POST /api/v1/users/{id}/sessions/revoke",
            "ends sessions; a session has no version",
            "POST /api/v1/users/{id}/unlock",
            "lifts a sign-in lock, which is kept apart from the account's versioned record; lifting it twice is harmless",
            "DELETE /api/v1/api-tokens/{id}",
            "revokes a token; a token never changes, so it has no version",
            "DELETE /api/v1/invitations/{id}",
            "withdraws an invitation; an invitation never changes",
            "DELETE /api/v1/sessions/{id}",
            "ends a session",
            "DELETE /api/v1/me/sessions/{id}",
            "ends one's own session",
            "DELETE /api/v1/me/mfa/totp",
            "turns off one's own two-step verification, proven by a current code",
            "POST /api/v1/approvals/{token}",
            "the customer's answer, which names the version hash of every job it decides");

    /** Single-resource reads that are no versioned record. */
    private static final Map<String, String> READS_WITHOUT_A_VERSION =
            Map.of("GET /api/v1/approvals/{token}", "the customer's estimate: each job carries its version hash");

    /** Values of required query parameters other than {@code locationId}: the accounting export's period and format. */
    private static final Map<String, String> REQUIRED_VALUES =
            Map.of("from", "2026-01-01", "to", "2026-01-31", "format", "journal-json");

    private static final Set<RequestMethod> WRITES =
            Set.of(RequestMethod.PATCH, RequestMethod.PUT, RequestMethod.DELETE);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TestShops shops;

    @Autowired
    StaffAccounts staff;

    @Autowired
    TransactionTemplate transactions;

    @LocalServerPort
    int port;

    record Endpoint(RequestMethod method, String pattern, HandlerMethod handler) {

        boolean isList() {
            return PageView.class.isAssignableFrom(handler.getMethod().getReturnType());
        }

        boolean answersABareList() {
            Class<?> returned = handler.getMethod().getReturnType();
            return Collection.class.isAssignableFrom(returned) || returned.isArray();
        }

        /** A singleton with a version, such as the repair-order settings. */
        boolean answersAVersionedRecord() {
            Class<?> returned = handler.getMethod().getReturnType();
            return returned.isRecord()
                    && java.util.Arrays.stream(returned.getRecordComponents())
                            .anyMatch(c -> c.getName().equals("version") && c.getType() == int.class);
        }

        boolean takes(Class<?> type) {
            return List.of(handler.getMethod().getParameterTypes()).contains(type);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @Test
    void everyEndpointUnderApiV1KeepsThePagingETagAndVersionContract() {
        List<Endpoint> endpoints = endpoints();
        TestShops.Shop shop = shops.create("Contract Motors");
        AccessMatrixTest matrix = matrix();
        ApiClient owner = matrix.fixtureOwner(shop);
        ApiClient plain = matrix.client()
                .signIn(shop.email(Role.OWNER), TestShops.PASSWORD)
                .withoutAutomaticVersions();
        Map<String, AccessMatrixTest.Fixture> fixtures = matrix.fixtures();
        List<String> broken = new ArrayList<>();
        Map<String, Integer> checked = new TreeMap<>();

        for (Endpoint endpoint : endpoints) {
            if (endpoint.method() == RequestMethod.GET && endpoint.answersABareList()) {
                broken.add(endpoint + ": answers a bare list; answer a PageView through Paging");
            }
        }
        for (Endpoint endpoint : endpoints) {
            String path;
            try {
                path = path(endpoint, fixtures, matrix, shop, owner);
            } catch (IllegalStateException missing) {
                broken.add(endpoint + ": " + missing.getMessage());
                continue;
            }
            if (endpoint.method() == RequestMethod.GET) {
                checked.merge(checkRead(endpoint, path, plain, broken), 1, Integer::sum);
            } else if (needsAVersion(endpoint)) {
                checkWrite(endpoint, path, plain, broken);
                checked.merge("writes", 1, Integer::sum);
            }
        }

        assertThat(endpoints).as("the API's endpoints, as registered").hasSizeGreaterThan(60);
        assertThat(checked)
                .as("what was checked")
                .hasEntrySatisfying("lists", n -> assertThat(n).isGreaterThanOrEqualTo(15))
                .hasEntrySatisfying("resources", n -> assertThat(n).isGreaterThanOrEqualTo(10))
                .hasEntrySatisfying("writes", n -> assertThat(n).isGreaterThanOrEqualTo(25));
        assertThat(broken).as("endpoints that break the API contract").isEmpty();
    }

    @Test
    void theOpenApiDocumentStatesTheCatalogMergePatchPagingAndIfMatch() {
        TestShops.Shop shop = shops.create("Contract Documents");
        JsonNode document = matrix().client()
                .signIn(shop.email(Role.OWNER), TestShops.PASSWORD)
                .get("/v3/api-docs")
                .json();
        List<String> missing = new ArrayList<>();
        String types = document.path("components")
                .path("schemas")
                .path("Problem")
                .path("properties")
                .path("type")
                .path("enum")
                .toString();
        for (ProblemType type : ProblemType.values()) {
            if (!types.contains("\"" + type.uri() + "\"")) {
                missing.add("problem type " + type.code());
            }
        }
        for (Endpoint endpoint : endpoints()) {
            JsonNode operation = document.path("paths")
                    .path(endpoint.pattern())
                    .path(endpoint.method().name().toLowerCase(Locale.ROOT));
            if (operation.isMissingNode()) {
                missing.add(endpoint + " itself");
                continue;
            }
            String parameters = operation.path("parameters").toString();
            if (endpoint.method() == RequestMethod.PATCH
                    && operation
                            .path("requestBody")
                            .path("content")
                            .path("application/merge-patch+json")
                            .isMissingNode()) {
                missing.add(endpoint + ": application/merge-patch+json");
            }
            if (endpoint.takes(ExpectedVersion.class) && !parameters.contains("\"If-Match\"")) {
                missing.add(endpoint + ": If-Match");
            }
            if (endpoint.takes(Paging.class) && !parameters.contains("\"limit\"")) {
                missing.add(endpoint + ": limit and cursor");
            }
            if (parameters.contains("\"paging\"")
                    || parameters.contains("\"expected\"")
                    || parameters.contains("\"patch\"")) {
                missing.add(endpoint + ": documents Pitwall's own arguments as parameters: " + parameters);
            }
        }

        assertThat(missing).as("what the OpenAPI document does not say").isEmpty();
    }

    /** Checks a GET; answers which kind it was. */
    private String checkRead(Endpoint endpoint, String path, ApiClient client, List<String> broken) {
        if (endpoint.isList()) {
            ApiClient.Response page = client.get(path);
            ApiClient.Response tooMany = client.get(path + (path.contains("?") ? "&" : "?") + "limit=101");
            if (page.status() != 200
                    || !page.json().path("items").isArray()
                    || !page.json().has("nextCursor")) {
                broken.add(endpoint + ": not the paged shape: " + page.status() + " " + brief(page));
            }
            if (!endpoint.takes(Paging.class)) {
                broken.add(endpoint + ": a list that takes no Paging");
            }
            if (tooMany.status() != 400
                    || !tooMany.json().path("fields").has("limit")
                    || !tooMany.json().path("type").asString().endsWith("/invalid-input")) {
                broken.add(endpoint + ": limit=101 answered " + tooMany.status() + " " + brief(tooMany));
            }
            return "lists";
        } else if ((endpoint.pattern().endsWith("}") || endpoint.answersAVersionedRecord())
                && !READS_WITHOUT_A_VERSION.containsKey(endpoint.toString())) {
            ApiClient.Response read = client.get(path);
            String etag = read.header("ETag");
            if (read.status() != 200 || etag == null || !etag.matches("\"[0-9]+\"")) {
                broken.add(endpoint + ": no strong ETag: " + read.status() + " ETag " + etag + " " + brief(read));
            }
            return "resources";
        }
        return "other reads";
    }

    private void checkWrite(Endpoint endpoint, String path, ApiClient client, List<String> broken) {
        Object body = endpoint.method() == RequestMethod.DELETE ? null : Map.of();
        ApiClient.Response write = client.send(endpoint.method().name(), path, body, Map.of());
        if (write.status() != 428 || !write.json().path("type").asString().endsWith("/precondition-required")) {
            broken.add(endpoint + ": a write without a version answered " + write.status() + " " + brief(write));
        }
        if (!endpoint.takes(ExpectedVersion.class)) {
            broken.add(endpoint + ": a write that takes no ExpectedVersion");
        }
    }

    /** Writes to an existing resource: PATCH, PUT, DELETE, and POSTs below a resource's id (its actions). */
    private static boolean needsAVersion(Endpoint endpoint) {
        if (WRITES_WITHOUT_A_VERSION.containsKey(endpoint.toString())) {
            return false;
        }
        return WRITES.contains(endpoint.method())
                || (endpoint.method() == RequestMethod.POST
                        && endpoint.pattern().contains("{"));
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/v1/")) {
                    continue;
                }
                for (RequestMethod method :
                        mapping.getKey().getMethodsCondition().getMethods()) {
                    endpoints.add(new Endpoint(method, pattern, mapping.getValue()));
                }
            }
        }
        endpoints.sort(java.util.Comparator.comparing(Endpoint::toString));
        return endpoints;
    }

    /** The endpoint's path with fresh ids from its fixture, and the required query parameters filled in. */
    private String path(
            Endpoint endpoint,
            Map<String, AccessMatrixTest.Fixture> fixtures,
            AccessMatrixTest matrix,
            TestShops.Shop shop,
            ApiClient owner) {
        AccessMatrixTest.At at =
                new AccessMatrixTest.At(shop, shop.mainLocation(), owner, shop.email(Role.OWNER), matrix.client());
        AccessMatrixTest.Fixture fixture = fixtures.get(endpoint.pattern());
        if (fixture == null && endpoint.pattern().contains("{")) {
            throw new IllegalStateException("no fixture for its path: register one in AccessMatrixTest.fixtures()");
        }
        String path = AccessMatrixTest.expand(endpoint.pattern(), fixture, at);
        Map<String, String> query = new TreeMap<>();
        for (Parameter parameter : endpoint.handler().getMethod().getParameters()) {
            RequestParam param = parameter.getAnnotation(RequestParam.class);
            if (param == null || !param.required() || !param.defaultValue().equals(ValueConstants.DEFAULT_NONE)) {
                continue;
            }
            String name = param.value().isEmpty() ? param.name() : param.value();
            name = name.isEmpty() ? parameter.getName() : name;
            if (name.equals("locationId")) {
                query.put(name, shop.mainLocation().toString());
            } else if (REQUIRED_VALUES.containsKey(name)) {
                query.put(name, REQUIRED_VALUES.get(name));
            } else {
                throw new IllegalStateException("required parameter " + name + ": give it a value in ApiContractTest");
            }
        }
        return query.isEmpty()
                ? path
                : path + "?"
                        + String.join(
                                "&",
                                query.entrySet().stream()
                                        .map(e -> e.getKey() + "=" + e.getValue())
                                        .toList());
    }

    private AccessMatrixTest matrix() {
        AccessMatrixTest matrix = new AccessMatrixTest();
        matrix.shops = shops;
        matrix.staff = staff;
        matrix.transactions = transactions;
        matrix.port = port;
        return matrix;
    }

    private static String brief(ApiClient.Response response) {
        String body = response.body();
        return body.length() > 200 ? body.substring(0, 200) : body;
    }
}
