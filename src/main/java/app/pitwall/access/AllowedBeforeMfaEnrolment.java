package app.pitwall.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that a user who must still set up MFA may call: the enrolment itself, who am I,
 * re-authentication and sign-out. Every other handler answers such a user 403 {@code
 * mfa-enrolment-required}, so a tenant's MFA requirement cannot be sidestepped.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AllowedBeforeMfaEnrolment {}
