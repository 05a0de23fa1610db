package app.pitwall.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often one source address may call a handler: {@code pitwall.sign-in.address-limit-per-minute}
 * per minute for each named group, counted in PostgreSQL so that every instance shares the count.
 * Beyond it the answer is 429 {@code too-many-requests} with {@code Retry-After}. For sign-in and
 * the public token endpoints (invitation acceptance, password reset), where guessing is the threat.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LimitedPerAddress {

    /** The group the handler counts in, e.g. {@code sign-in}; handlers of one group share a bucket. */
    String value();
}
