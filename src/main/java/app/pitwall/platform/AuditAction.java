package app.pitwall.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable dotted name under which the audit trail records an event, {@code subject.past-tense-verb}: {@code
 * customer.registered}. {@link Auditable#action()} reads it, so an event record says its name once, where it is
 * declared. The names are data in existing trails (filters and lists read them): never rename one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AuditAction {

    String value();
}
