package app.pitwall.platform;

import java.util.Objects;
import java.util.UUID;

/**
 * An event that belongs in the tenant's audit trail. Every domain event of business or security
 * meaning implements it; the audit module records each one it sees in the same transaction as the
 * change that published it, so a module cannot forget to audit and no change commits without its
 * audit entry.
 *
 * <p>Records implement {@link #before()}, {@link #after()}, {@link #actorId()} and {@link
 * #locationId()} simply by having components of those names. {@code before} and {@code after} are
 * typed snapshots (records such as the job's details before and after a change) that a listener in
 * another module can read as data; the audit trail derives the recorded fields from them, keeping
 * only the fields that differ when both are snapshots of the same type (a record's components by
 * name, ids as their value, decimals as plain strings, {@link Money} as amount and currency). An
 * event with neither is recorded by its own components, less the tenant, the actor and the
 * subject's id. Events carry records, not field maps (a map, as tests use, is taken as it is). Secrets need no care here: fields named like a password, token,
 * secret, code or hash and anything that looks like a card number are redacted before an entry is
 * written.
 *
 * <p>An event type names its action with {@link AuditAction}; an event family (all events about one repair order,
 * one user, the tenant: {@link AboutTenant}) gives the subject as a default method, so an event record is its
 * components and little else. Action names are stable and dotted, {@code subject.past-tense-verb}: {@code customer.changed},
 * {@code repair-order.transitioned}. Bookkeepers see only financial actions, those starting with
 * {@code invoice.}, {@code payment.}, {@code refund.}, {@code payroll.} or {@code discount.}.
 */
public interface Auditable extends TenantEvent {

    @Override
    TenantId tenantId();

    /**
     * The stable dotted name of what happened, e.g. {@code customer.registered}: the event type's {@link AuditAction}.
     * An event whose name depends on what it carries (an approval or a refusal) overrides this instead.
     */
    default String action() {
        AuditAction action = getClass().getAnnotation(AuditAction.class);
        if (action == null) {
            throw new IllegalStateException(
                    getClass().getName() + " names no @AuditAction and does not override action()");
        }
        return action.value();
    }

    /** What the event is about. */
    Subject subject();

    /** The thing as it was (a snapshot record, or the changed fields); null for creations. */
    default Object before() {
        return null;
    }

    /** The thing as it is now (a snapshot record, or fields), or what the event tells (a reason, an amount). */
    default Object after() {
        return null;
    }

    /**
     * The user who acted, for events published while no user is signed in (a sign-in, work done
     * in the system's name on a user's behalf); null to take the current principal.
     */
    default UUID actorId() {
        return null;
    }

    /** The location where it happened, when the event knows it. */
    default UUID locationId() {
        return null;
    }

    /** The thing an event is about: a type such as {@code customer} and its id. */
    record Subject(String type, String id) {

        public Subject {
            Objects.requireNonNull(type, "subject type");
        }

        public static Subject of(String type, Object id) {
            return new Subject(type, id == null ? null : id.toString());
        }
    }
}
