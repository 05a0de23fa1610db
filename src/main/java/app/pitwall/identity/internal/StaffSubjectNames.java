package app.pitwall.identity.internal;

import app.pitwall.platform.Auditable;
import app.pitwall.platform.SubjectNames;
import app.pitwall.platform.TenantId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names staff accounts ({@code user}, also the actors of the audit trail), their API tokens, sessions
 * and invitations, and lists the staff to pick "who did it" from, disabled accounts included: the
 * trail outlives employment.
 */
@Component
class StaffSubjectNames implements SubjectNames {

    private static final int STAFF_SHOWN = 500;

    private static final Map<String, String> NAMES = Map.of(
            "user", "SELECT id, name FROM user_account WHERE tenant_id = ? AND id = ANY (?)",
            "api-token", "SELECT id, name FROM api_token WHERE tenant_id = ? AND id = ANY (?)",
            "session", """
                    SELECT s.id, 'Sign-in of ' || u.name AS name
                    FROM session_family s JOIN user_account u ON u.tenant_id = s.tenant_id AND u.id = s.user_id
                    WHERE s.tenant_id = ? AND s.id = ANY (?)""",
            "invitation",
                    "SELECT id, 'Invitation of ' || email AS name FROM invitation WHERE tenant_id = ? AND id = ANY (?)");

    private final JdbcClient jdbc;

    StaffSubjectNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> types() {
        return NAMES.keySet();
    }

    @Override
    public Map<String, String> names(TenantId tenant, String type, Collection<String> ids) {
        UUID[] wanted = SubjectNames.uuids(ids);
        Map<String, String> names = new LinkedHashMap<>();
        if (wanted.length == 0 || !NAMES.containsKey(type)) {
            return names;
        }
        jdbc.sql(NAMES.get(type)).params(tenant.value(), wanted).query(row -> {
            names.put(row.getObject("id", UUID.class).toString(), row.getString("name"));
        });
        return names;
    }

    /** Every staff account by name, those disabled marked so; a typed text narrows them. */
    @Override
    public List<Named> choices(TenantId tenant, String type, String text, int limit) {
        if (!type.equals("user")) {
            return List.of();
        }
        String pattern = text == null || text.isBlank() ? null : text.strip();
        return jdbc.sql("""
                        SELECT id, name || CASE WHEN disabled_at IS NULL THEN '' ELSE ' (disabled)' END AS name
                        FROM user_account
                        WHERE tenant_id = ? AND (CAST(? AS text) IS NULL OR strpos(lower(name), lower(?)) > 0)
                        ORDER BY disabled_at IS NOT NULL, name, id LIMIT ?""")
                .params(tenant.value(), pattern, pattern, Math.min(limit, STAFF_SHOWN))
                .query((row, n) ->
                        new Named(Auditable.Subject.of("user", row.getObject("id", UUID.class)), row.getString("name")))
                .list();
    }
}
