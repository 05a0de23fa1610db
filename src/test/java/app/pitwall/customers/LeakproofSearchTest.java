package app.pitwall.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pitwall.access.Role;
import app.pitwall.customers.internal.CustomerSearchLimits;
import app.pitwall.platform.TenantScope;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.Seeds;
import app.pitwall.support.TestShops;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Substring search uses its trigram index under row-level security (db/superuser/leakproof-search.sql): the
 * operator {@code pitwall_search.~~~} is leakproof, so PostgreSQL may match it in the index ahead of the tenant policy, and it
 * matches exactly what {@code LIKE} matches without ever raising an error that would depend on a row.
 */
@PitwallIntegrationTest
class LeakproofSearchTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @Test
    void theOperatorIsLeakproofAndTheSearchIndexesUseIt() {
        Boolean leakproof = jdbc.sql("""
                        SELECT p.proleakproof FROM pg_operator o JOIN pg_proc p ON p.oid = o.oprcode
                        WHERE o.oid = 'pitwall_search.~~~(text,text)'::regoperator""").query(Boolean.class).single();
        List<String> indexes = jdbc.sql("""
                        SELECT indexrelid::regclass::text || ' ' || pg_get_indexdef(indexrelid)
                        FROM pg_index WHERE indrelid IN ('customer'::regclass, 'vehicle'::regclass)
                        ORDER BY 1""").query(String.class).list();

        assertThat(leakproof).isTrue();
        assertThat(indexes)
                .anySatisfy(index -> assertThat(index)
                        .startsWith("customer_contains_idx")
                        .contains("gin (tenant_id, search_text pitwall_search.pitwall_trgm_ops)"))
                .anySatisfy(index -> assertThat(index)
                        .startsWith("vehicle_contains_idx")
                        .contains("gin (tenant_id, search_text pitwall_search.pitwall_trgm_ops)"))
                .as("no index of LIKE's operator class is left to maintain")
                .noneSatisfy(index -> assertThat(index).contains("gin_trgm_ops"));
    }

    @Test
    void theOwnerRoleCanNeitherReplaceNorShadowTheLeakproofObjects() {
        JdbcClient asOwner = JdbcClient.create(owner);

        assertThat(asOwner.sql("""
                        SELECT r.rolsuper FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner
                        WHERE n.nspname = 'pitwall_search'""").query(Boolean.class).single()).isTrue();
        assertThatThrownBy(() -> asOwner.sql("""
                        CREATE OR REPLACE FUNCTION pitwall_search.pitwall_like(haystack text, pattern text)
                        RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT true'""").update()).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> asOwner.sql("DROP OPERATOR pitwall_search.~~~ (text, text)")
                        .update())
                .hasStackTraceContaining("must be owner");
    }

    @Test
    void underRowLevelSecurityTheSubstringIsAnIndexConditionWhereLikeIsOnlyAFilter() {
        TestShops.Shop shop = shops.create("Leakproof Lube");
        TenantScope.runAs(
                shop.tenant(),
                () -> transactions.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO customer (tenant_id, id, location_id, kind, last_name, sort_name, search_text,
                                              created_at, updated_at)
                        SELECT ?, gen_random_uuid(), ?, 'PERSON', 'Person ' || n, 'Person ' || n, 'person ' || n,
                               now(), now()
                        FROM generate_series(1, 3000) n""")
                        .params(shop.tenant().value(), shop.mainLocation())
                        .update()));
        JdbcClient.create(owner).sql("ANALYZE customer").update();

        String leakproof = plan(shop, "search_text OPERATOR(pitwall_search.~~~) '%zebulon%'");
        String like = plan(shop, "search_text LIKE '%zebulon%'");

        assertThat(leakproof)
                .containsPattern("Index Cond: .*search_text OPERATOR\\(pitwall_search\\.~~~\\) '%zebulon%'")
                .doesNotContainPattern("Filter: .*zebulon");
        assertThat(like)
                .as("the reason for ~~~: LIKE is not leakproof, so it waits for the policy")
                .containsPattern("Filter: .*search_text ~~ '%zebulon%'")
                .doesNotContainPattern("Index Cond: .*zebulon");
    }

    @Test
    void itMatchesWhatLikeMatchesAndNeverRaises() {
        Seeds.Seeded seeded = Seeds.random("LeakproofSearchTest");
        Random random = seeded.random();
        String alphabet = "ab\\%_ ";
        List<String[]> cases = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            cases.add(new String[] {text(random, alphabet, 6), text(random, alphabet, 4)});
        }
        for (String[] pair : cases) {
            String haystack = pair[0];
            String pattern = pair[1];
            Boolean ours = jdbc.sql("SELECT ? OPERATOR(pitwall_search.~~~) ?")
                    .params(haystack, pattern)
                    .query(Boolean.class)
                    .single();
            Boolean like;
            try {
                like = transactions.execute(status -> jdbc.sql("SELECT ? LIKE ?")
                        .params(haystack, pattern)
                        .query(Boolean.class)
                        .single());
            } catch (DataAccessException raised) {
                assertThat(raised).hasStackTraceContaining("escape character");
                like = false;
            }
            assertThat(ours)
                    .as(seeded.describe("'" + haystack + "' ~~~ '" + pattern + "'"))
                    .isEqualTo(like);
        }
        assertThatThrownBy(() ->
                        jdbc.sql("SELECT 'ab' LIKE 'a\\'").query(Boolean.class).single())
                .as("LIKE raises on a row that reaches the dangling escape")
                .hasStackTraceContaining("escape character");
        assertThat(jdbc.sql("SELECT 'ab' OPERATOR(pitwall_search.~~~) 'a\\'")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(jdbc.sql("SELECT repeat('a', 40) OPERATOR(pitwall_search.~~~) repeat('%a', 17)")
                        .query(Boolean.class)
                        .single())
                .as("more than 16 %s could exhaust LIKE's stack on some rows only: such a pattern matches nothing")
                .isFalse();
        assertThat(jdbc.sql("SELECT 'a\\b' OPERATOR(pitwall_search.~~~) '%\\\\%'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void commonTextIsPagedInNameOrderByWalkingTheListingAndRareTextByCollectingItsMatches() {
        TestShops.Shop shop = shops.create("Common Names Garage");
        insertPeople(shop, 2_500);
        ApiClient advisor =
                new ApiClient("http://localhost:" + port).signIn(shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD);

        JsonNode first = advisor.get("/api/v1/customers?q=person&limit=4").json();
        JsonNode second = advisor.get("/api/v1/customers?q=person&limit=4&cursor="
                        + first.get("nextCursor").asString())
                .json();
        JsonNode rare = advisor.get("/api/v1/customers?q=person%202499").json();

        assertThat(names(first))
                .as("too many to collect: found walking")
                .containsExactly("Person 1", "Person 10", "Person 100", "Person 1000");
        assertThat(names(second)).containsExactly("Person 1001", "Person 1002", "Person 1003", "Person 1004");
        assertThat(names(rare)).as("collected").containsExactly("Person 2499");
    }

    @Test
    void textTooCommonToCollectIsFoundByWalkingThePastNamesThatDoNotMatch() {
        TestShops.Shop shop = shops.create("Late Alphabet Garage");
        insertPeople(shop, "Aaron ", 1_000);
        insertPeople(shop, "Zed ", CustomerSearchLimits.COLLECTED + 100);
        ApiClient advisor =
                new ApiClient("http://localhost:" + port).signIn(shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD);

        assertThat(names(advisor.get("/api/v1/customers?q=zed&limit=3").json()))
                .containsExactly("Zed 1", "Zed 10", "Zed 100");
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("displayName").asString()));
        return names;
    }

    private void insertPeople(TestShops.Shop shop, int count) {
        insertPeople(shop, "Person ", count);
    }

    private void insertPeople(TestShops.Shop shop, String name, int count) {
        TenantScope.runAs(
                shop.tenant(),
                () -> transactions.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO customer (tenant_id, id, location_id, kind, last_name, sort_name, search_text,
                                              created_at, updated_at)
                        SELECT ?, gen_random_uuid(), ?, 'PERSON', ? || n, ? || n, lower(?) || n, now(), now()
                        FROM generate_series(1, ?) n""")
                        .params(shop.tenant().value(), shop.mainLocation(), name, name, name, count)
                        .update()));
    }

    private String plan(TestShops.Shop shop, String condition) {
        return TenantScope.callAs(
                shop.tenant(),
                () -> transactions.execute(status -> {
                    jdbc.sql("SET LOCAL enable_seqscan = off").update();
                    return String.join(
                            "\n",
                            jdbc.sql("EXPLAIN SELECT id FROM customer WHERE tenant_id = ? AND " + condition)
                                    .param(shop.tenant().value())
                                    .query(String.class)
                                    .list());
                }));
    }

    private static String text(Random random, String alphabet, int longest) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(longest + 1); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
