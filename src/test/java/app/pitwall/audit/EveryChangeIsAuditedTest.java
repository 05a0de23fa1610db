package app.pitwall.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.platform.TenantScope;
import app.pitwall.support.ApiClient;
import app.pitwall.support.AuditedEndpoints;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Walks every POST, PUT, PATCH and DELETE operation of the OpenAPI document, calls it successfully
 * through the fixture its module registered ({@link AuditedEndpoints}) and fails if the call left no
 * audit entry. An operation without a fixture fails too, unless it is on the allow-list below with
 * the reason it changes nothing of business or security meaning.
 */
@PitwallIntegrationTest
class EveryChangeIsAuditedTest {

    /** Unsafe operations that need no audit entry of their own, and why. */
    private static final Map<String, String> NOT_AUDITED = Map.of(
            "POST /api/v1/auth/refresh",
            "rotating a refresh token is session bookkeeping on every page load; what matters for security"
                    + " (reuse, expiry, the session ending) is recorded as security events");

    @LocalServerPort
    int port;

    @Autowired
    TestShops shops;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyEndpointThatChangesDataLeavesAnAuditEntry() {
        Map<String, Function<AuditedEndpoints.Shop, Supplier<ApiClient.Response>>> fixtures = fixtures();
        List<String> unsafe = unsafeOperations();
        assertThat(unsafe).contains("POST /api/v1/customers", "POST /api/v1/auth/login");

        List<String> problems = new ArrayList<>();
        for (String operation : unsafe) {
            if (NOT_AUDITED.containsKey(operation)) {
                continue;
            }
            var fixture = fixtures.get(operation);
            if (fixture == null) {
                problems.add(operation + ": no fixture; register one in the module's AuditedEndpoints");
                continue;
            }
            TestShops.Shop shop = shops.create("Audited " + operation.hashCode());
            Supplier<ApiClient.Response> call = fixture.apply(fixtureShop(shop));
            long before = entries();
            ApiClient.Response response = call.get();
            long after = entries();
            if (response.status() / 100 != 2) {
                problems.add(operation + ": fixture call answered " + response.status() + " " + response.body());
            } else if (after <= before) {
                problems.add(operation + ": answered " + response.status() + " but left no audit entry");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theAllowListNamesOnlyOperationsThatExist() {
        assertThat(unsafeOperations()).containsAll(NOT_AUDITED.keySet());
    }

    private List<String> unsafeOperations() {
        JsonNode paths = client().get("/v3/api-docs").json().get("paths");
        List<String> unsafe = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                if (Set.of("post", "put", "patch", "delete").contains(method)) {
                    unsafe.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }
        return unsafe;
    }

    /**
     * Entries in every tenant's trail (the chain heads, read with their scan exception): a sign-up
     * writes into a tenant that did not exist before the call.
     */
    private long entries() {
        return transactions.execute(status -> {
            jdbc.sql("SELECT set_config('pitwall.audit_scan', 'on', true)")
                    .query()
                    .singleRow();
            return jdbc.sql("SELECT coalesce(sum(seq), 0) FROM audit_head")
                    .query(Long.class)
                    .single();
        });
    }

    private ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    private AuditedEndpoints.Shop fixtureShop(TestShops.Shop shop) {
        return new AuditedEndpoints.Shop() {
            @Override
            public TestShops.Shop shop() {
                return shop;
            }

            @Override
            public ApiClient as(Role role) {
                return client().signIn(shop.email(role), TestShops.PASSWORD);
            }

            @Override
            public ApiClient anonymous() {
                return client();
            }

            @Override
            public void sql(String statement, Object... params) {
                TenantScope.runAs(
                        shop.tenant(),
                        () -> transactions.executeWithoutResult(
                                status -> jdbc.sql(statement).params(params).update()));
            }
        };
    }

    private static Map<String, Function<AuditedEndpoints.Shop, Supplier<ApiClient.Response>>> fixtures() {
        Map<String, Function<AuditedEndpoints.Shop, Supplier<ApiClient.Response>>> fixtures = new TreeMap<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(AuditedEndpoints.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("app.pitwall")) {
            try {
                AuditedEndpoints endpoints = (AuditedEndpoints) Class.forName(candidate.getBeanClassName())
                        .getConstructor()
                        .newInstance();
                endpoints.register((operation, fixture) -> {
                    if (fixtures.put(operation, fixture) != null) {
                        throw new IllegalStateException("Two fixtures for " + operation);
                    }
                });
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot create " + candidate.getBeanClassName(), e);
            }
        }
        return fixtures;
    }
}
