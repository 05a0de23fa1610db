package app.pitwall.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How large a request body ({@code @RequestBody}) a handler reads, for the few that legitimately take more than the
 * {@value RequestBodyLimits#DEFAULT_BYTES} bytes every other JSON endpoint reads. A larger body is refused with 413
 * before it is parsed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequestBodyLimit {

    /** The most bytes the body may have. */
    long bytes();
}
