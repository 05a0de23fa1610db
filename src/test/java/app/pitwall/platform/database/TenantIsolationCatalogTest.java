package app.pitwall.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.support.PitwallIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Reads PostgreSQL's catalog: every tenant-owned table must be under forced row-level security with
 * a restrictive tenant policy, and the role the service runs as must be unable to get around it.
 */
@PitwallIntegrationTest
class TenantIsolationCatalogTest {

    @Autowired
    DatabaseEndpoint endpoint;

    JdbcClient owner() {
        return JdbcClient.create(new SimpleDriverDataSource(
                new org.postgresql.Driver(),
                endpoint.url(),
                endpoint.owner().user(),
                endpoint.owner().password()));
    }

    @Test
    void everyTableWithATenantIdHasForcedRowLevelSecurityAndARestrictiveTenantPolicy() {
        List<Map<String, Object>> tables = owner().sql("""
                        SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
                               EXISTS (SELECT 1 FROM pg_policy p
                                       WHERE p.polrelid = c.oid AND NOT p.polpermissive
                                         AND pg_get_expr(p.polqual, p.polrelid) ~ 'pitwall[.]tenant_id|pitwall_current_tenant[(][)]'
                                         AND pg_get_expr(p.polwithcheck, p.polrelid) ~ 'pitwall[.]tenant_id|pitwall_current_tenant[(][)]')
                                   AS restrictive_policy
                        FROM pg_class c
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
                          AND EXISTS (SELECT 1 FROM pg_attribute a
                                      WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
                        """).query().listOfRows();

        assertThat(tables).as("tenant-owned tables").hasSizeGreaterThanOrEqualTo(7);
        assertThat(tables)
                .allSatisfy(table -> assertThat(table)
                        .as("table %s", table.get("relname"))
                        .containsEntry("relrowsecurity", true)
                        .containsEntry("relforcerowsecurity", true)
                        .containsEntry("restrictive_policy", true));
    }

    @Test
    void theTenantFunctionThePoliciesUseReadsOnlyTheTransactionSetting() {
        String body = owner().sql("SELECT prosrc FROM pg_proc WHERE proname = 'pitwall_current_tenant'")
                .query(String.class)
                .single();

        assertThat(body).contains("current_setting('pitwall.tenant_id', true)");
    }

    @Test
    void theApplicationRoleCannotBypassRowLevelSecurity() {
        Map<String, Object> role =
                owner().sql("""
                        SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb
                        FROM pg_roles WHERE rolname = ?""").param(endpoint.app().user()).query().singleRow();

        assertThat(role)
                .containsEntry("rolsuper", false)
                .containsEntry("rolbypassrls", false)
                .containsEntry("rolcreaterole", false)
                .containsEntry("rolcreatedb", false);
    }

    @Test
    void theApplicationRoleOwnsNothingAndIsNoMemberOfTheOwner() {
        Integer owned = owner().sql("""
                        SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
                        WHERE r.rolname = ?""")
                .param(endpoint.app().user())
                .query(Integer.class)
                .single();
        Boolean member = owner().sql("SELECT pg_has_role(?, ?, 'MEMBER')")
                .params(endpoint.app().user(), endpoint.owner().user())
                .query(Boolean.class)
                .single();

        assertThat(owned).isZero();
        assertThat(member).isFalse();
    }

    @Test
    void theApplicationRoleCannotCreateOrAlterTables() {
        Boolean create = owner().sql("SELECT has_schema_privilege(?, 'public', 'CREATE')")
                .param(endpoint.app().user())
                .query(Boolean.class)
                .single();

        assertThat(create).isFalse();
    }
}
