package app.pitwall.platform;

/** An audited event about the tenant as a whole (its sign-up, its settings, its logo): the tenant is the subject. */
public interface AboutTenant extends Auditable {

    @Override
    default Subject subject() {
        return Subject.of("tenant", tenantId().value());
    }
}
