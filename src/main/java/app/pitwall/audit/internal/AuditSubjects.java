package app.pitwall.audit.internal;

import app.pitwall.platform.Auditable.Subject;
import app.pitwall.platform.SubjectNames;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the audit trail's subjects and actors are called, asked of the modules that own them through
 * {@link SubjectNames}: the trail reads no other module's table. One question per subject type for
 * a page of entries, in a read-only transaction of the reader's tenant.
 */
@Component
public class AuditSubjects {

    private final Map<String, SubjectNames> owners = new HashMap<>();
    private final List<SubjectNames> all;
    private final TransactionTemplate readOnly;

    AuditSubjects(List<SubjectNames> modules, PlatformTransactionManager transactions) {
        for (SubjectNames module : modules) {
            for (String type : module.types()) {
                SubjectNames before = owners.put(type, module);
                if (before != null) {
                    throw new IllegalStateException("Two modules name the subject type " + type + ": "
                            + before.getClass().getName() + " and "
                            + module.getClass().getName());
                }
            }
        }
        this.all = List.copyOf(modules);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The names of those subjects whose module knows them; the others (deleted, or no module's) are left out. */
    public Map<Subject, String> names(TenantId tenant, Collection<Subject> subjects) {
        Map<String, Set<String>> byType = new LinkedHashMap<>();
        for (Subject subject : subjects) {
            if (subject.id() != null && owners.containsKey(subject.type())) {
                byType.computeIfAbsent(subject.type(), t -> new LinkedHashSet<>())
                        .add(subject.id());
            }
        }
        if (byType.isEmpty()) {
            return Map.of();
        }
        return inTenant(tenant, () -> {
            Map<Subject, String> names = new HashMap<>();
            byType.forEach((type, ids) -> owners.get(type)
                    .names(tenant, type, ids)
                    .forEach((id, name) -> names.put(new Subject(type, id), name)));
            return names;
        });
    }

    /** Subjects of one type to pick from (see {@link SubjectNames#choices}); none for a type no module owns. */
    public List<SubjectNames.Named> choices(TenantId tenant, String type, String text, int limit) {
        SubjectNames owner = owners.get(type);
        return owner == null ? List.of() : inTenant(tenant, () -> owner.choices(tenant, type, text, limit));
    }

    /** The subject and every subject that belongs to it, from every module: a customer's whole history. */
    public List<Subject> family(TenantId tenant, Subject owner) {
        return inTenant(tenant, () -> {
            Set<Subject> family = new LinkedHashSet<>();
            family.add(owner);
            for (SubjectNames module : all) {
                family.addAll(module.belongingTo(tenant, owner));
            }
            return new ArrayList<>(family);
        });
    }

    private <T> T inTenant(TenantId tenant, java.util.function.Supplier<T> work) {
        return TenantScope.callAs(tenant, () -> readOnly.execute(status -> work.get()));
    }
}
