package app.pitwall.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose change needs the user to have proven who they are within the last
 * {@link RecentAuthentication#WINDOW} (changing email, password or MFA, creating an API token,
 * changing a role). Goes with the handler's access declaration; otherwise 403 {@code
 * reauthentication-required}, and {@code POST /api/v1/auth/reauthenticate} renews the proof.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresRecentAuthentication {}
