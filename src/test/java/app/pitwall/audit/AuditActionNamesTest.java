package app.pitwall.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.platform.AuditAction;
import app.pitwall.platform.Auditable;
import app.pitwall.repairorders.RepairOrderEvents;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every audited event type names its action ({@link AuditAction}, or its own {@code action()} where the name depends
 * on what it carries), no two types share one, and the names already written into trails stay declared: filters,
 * lists and the bookkeeper's financial view read them from existing databases.
 */
class AuditActionNamesTest {

    /** The actions recorded by earlier releases; an event may be added, but none of these may be renamed. */
    private static final Set<String> RECORDED = Set.of(
            "api-token.created",
            "api-token.revoked",
            "appointment.booked",
            "appointment.cancelled",
            "appointment.changed",
            "appointment.checked-in",
            "appointment.moved",
            "audit.checkpoint-signed",
            "audit.exported",
            "audit.verified",
            "bay.added",
            "bay.changed",
            "canned-job.changed",
            "canned-job.created",
            "canned-job.deleted",
            "customer.changed",
            "customer.deleted",
            "customer.registered",
            "invitation.accepted",
            "invitation.revoked",
            "invitation.sent",
            "labor-rate.added",
            "labor-rate.changed",
            "location.added",
            "location.changed",
            "repair-order.approval-requested",
            "repair-order.changed",
            "repair-order.job-added",
            "repair-order.job-approved",
            "repair-order.job-changed",
            "repair-order.job-completed",
            "repair-order.job-declined",
            "repair-order.job-removed",
            "repair-order.job-reopened",
            "repair-order.line-added",
            "repair-order.line-changed",
            "repair-order.line-removed",
            "repair-order.opened",
            "repair-order.repriced",
            "repair-order.transitioned",
            "repair-order.verbal-approval-recorded",
            "session.ended",
            "session.refresh-token-reused",
            "shop.logo-changed",
            "shop.logo-removed",
            "tenant.repair-order-settings-changed",
            "tenant.security-settings-changed",
            "tenant.signed-up",
            "user.changed",
            "user.disabled",
            "user.email-change-requested",
            "user.email-changed",
            "user.enabled",
            "user.locked",
            "user.mfa-disabled",
            "user.mfa-enabled",
            "user.mfa-enrolment-started",
            "user.password-changed",
            "user.password-rehashed",
            "user.password-reset-requested",
            "user.reauthenticated",
            "user.recovery-code-used",
            "user.sessions-revoked",
            "user.sign-in-failed",
            "user.signed-in",
            "user.unlocked",
            "vehicle.changed",
            "vehicle.deleted",
            "vehicle.registered");

    /** Event types whose action depends on what they carry, with the names they give. */
    private static final Map<Class<?>, Set<String>> CHOSEN_BY_CONTENT = Map.of(
            RepairOrderEvents.JobDecided.class, Set.of("repair-order.job-approved", "repair-order.job-declined"));

    @Test
    void everyAuditedEventNamesItsActionAndNoTwoShareOne() throws ClassNotFoundException {
        Map<String, Class<?>> owners = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Class<?> type : auditedEventTypes()) {
            AuditAction action = type.getAnnotation(AuditAction.class);
            boolean ownMethod = declaresAction(type);
            if (action == null && !ownMethod) {
                problems.add(type.getName() + " names no @AuditAction");
            } else if (action != null && ownMethod) {
                problems.add(type.getName() + " names its action twice, with @AuditAction and action()");
            } else if (action != null) {
                Class<?> other = owners.put(action.value(), type);
                if (other != null) {
                    problems.add(action.value() + " is named by " + other.getName() + " and " + type.getName());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyActionInExistingTrailsIsStillDeclared() throws ClassNotFoundException {
        Set<String> declared = new java.util.HashSet<>();
        for (Class<?> type : auditedEventTypes()) {
            AuditAction action = type.getAnnotation(AuditAction.class);
            if (action != null) {
                declared.add(action.value());
            }
        }
        CHOSEN_BY_CONTENT.values().forEach(declared::addAll);
        assertThat(declared).containsAll(RECORDED);
    }

    private static boolean declaresAction(Class<?> type) {
        try {
            type.getDeclaredMethod("action");
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The concrete event types of the application (not the tests' own) that the audit trail records. */
    private static List<Class<?>> auditedEventTypes() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Auditable.class));
        List<Class<?>> types = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("app.pitwall")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            boolean application = type.getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .equals(Auditable.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation());
            if (application && !Modifier.isAbstract(type.getModifiers())) {
                types.add(type);
            }
        }
        assertThat(types).hasSizeGreaterThan(60);
        return types;
    }
}
