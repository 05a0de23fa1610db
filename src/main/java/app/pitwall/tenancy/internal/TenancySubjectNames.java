package app.pitwall.tenancy.internal;

import app.pitwall.platform.Auditable;
import app.pitwall.platform.SubjectNames;
import app.pitwall.platform.TenantId;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.Tenants;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Names the business itself ({@code tenant}) and its locations ({@code location}), for the audit trail. */
@Component
class TenancySubjectNames implements SubjectNames {

    private final Tenants tenants;

    TenancySubjectNames(Tenants tenants) {
        this.tenants = tenants;
    }

    @Override
    public Set<String> types() {
        return Set.of("tenant", "location");
    }

    @Override
    public Map<String, String> names(TenantId tenant, String type, Collection<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        if (type.equals("tenant")) {
            if (ids.contains(tenant.toString())) {
                tenants.nameOf(tenant).ifPresent(name -> names.put(tenant.toString(), name));
            }
            return names;
        }
        for (Location location : tenants.locations(tenant)) {
            String id = location.id().value().toString();
            if (ids.contains(id)) {
                names.put(id, location.name());
            }
        }
        return names;
    }

    @Override
    public List<Named> choices(TenantId tenant, String type, String text, int limit) {
        if (!type.equals("location")) {
            return List.of();
        }
        return tenants.locations(tenant).stream()
                .filter(location -> text == null
                        || text.isBlank()
                        || location.name()
                                .toLowerCase(Locale.ROOT)
                                .contains(text.strip().toLowerCase(Locale.ROOT)))
                .limit(limit)
                .map(location ->
                        new Named(Auditable.Subject.of("location", location.id().value()), location.name()))
                .toList();
    }
}
