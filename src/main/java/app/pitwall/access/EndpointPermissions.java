package app.pitwall.access;

import java.util.Optional;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Reads what a request handler declares: public access, any signed-in user, a permission, or
 * nothing (which is refused). The interceptor, the OpenAPI document and the endpoint-walking tests
 * all read it here.
 */
public final class EndpointPermissions {

    private EndpointPermissions() {}

    /** What a handler declared. */
    public record Declaration(Access access, Permission permission, String publicReason) {

        /** The three kinds of declaration. */
        public enum Access {
            PUBLIC,
            SIGNED_IN,
            PERMISSION
        }

        /** How the OpenAPI document and the permission table show it. */
        public String describe() {
            return switch (access) {
                case PUBLIC -> "public";
                case SIGNED_IN -> "signed-in";
                case PERMISSION -> permission.code();
            };
        }
    }

    /** What the permission check answers an actor calling a handler, before any proof of identity is asked. */
    public enum Verdict {
        ALLOWED,
        /** The handler declares nothing: refused, whoever asks. */
        UNDECLARED,
        UNAUTHENTICATED,
        /** The actor must set up two-step verification first. */
        MFA_ENROLMENT_REQUIRED,
        NOT_PERMITTED
    }

    /**
     * The one decision of the fail-closed check, for the interceptor in front of every handler and for the navigation
     * (which shows only links whose page would answer).
     *
     * @param actor who asks; null when nobody is signed in
     */
    public static Verdict verdict(HandlerMethod method, Actor actor) {
        if (isFrameworkEndpoint(method)) {
            return Verdict.ALLOWED;
        }
        Optional<Declaration> declaration = declarationOf(method);
        if (declaration.isEmpty()) {
            return Verdict.UNDECLARED;
        }
        if (declaration.get().access() == Declaration.Access.PUBLIC) {
            return Verdict.ALLOWED;
        }
        if (actor == null) {
            return Verdict.UNAUTHENTICATED;
        }
        if (actor.mfaEnrolmentRequired() && !allowedBeforeMfaEnrolment(method)) {
            return Verdict.MFA_ENROLMENT_REQUIRED;
        }
        if (declaration.get().access() == Declaration.Access.PERMISSION
                && !actor.can(declaration.get().permission())) {
            return Verdict.NOT_PERMITTED;
        }
        return Verdict.ALLOWED;
    }

    public static Optional<Declaration> declarationOf(HandlerMethod method) {
        Optional<Declaration> onMethod = read(method.getMethod());
        return onMethod.isPresent() ? onMethod : read(method.getBeanType());
    }

    private static Optional<Declaration> read(java.lang.reflect.AnnotatedElement element) {
        PublicEndpoint open = AnnotatedElementUtils.findMergedAnnotation(element, PublicEndpoint.class);
        SignedIn signedIn = AnnotatedElementUtils.findMergedAnnotation(element, SignedIn.class);
        RequiresPermission needs = AnnotatedElementUtils.findMergedAnnotation(element, RequiresPermission.class);
        int declared = (open != null ? 1 : 0) + (signedIn != null ? 1 : 0) + (needs != null ? 1 : 0);
        if (declared > 1) {
            throw new IllegalStateException(element + " declares more than one kind of access");
        }
        if (open != null) {
            return Optional.of(new Declaration(Declaration.Access.PUBLIC, null, open.value()));
        }
        if (signedIn != null) {
            return Optional.of(new Declaration(Declaration.Access.SIGNED_IN, null, null));
        }
        return Optional.ofNullable(needs).map(n -> new Declaration(Declaration.Access.PERMISSION, n.value(), null));
    }

    /** Whether a user who must still set up MFA may call this handler. */
    public static boolean allowedBeforeMfaEnrolment(HandlerMethod method) {
        return AnnotatedElementUtils.hasAnnotation(method.getMethod(), AllowedBeforeMfaEnrolment.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), AllowedBeforeMfaEnrolment.class);
    }

    /** Whether this handler needs a recent proof of identity. */
    public static boolean needsRecentAuthentication(HandlerMethod method) {
        return AnnotatedElementUtils.hasAnnotation(method.getMethod(), RequiresRecentAuthentication.class);
    }

    /**
     * Handlers that belong to the framework rather than to Pitwall's features (the container's error
     * page, the OpenAPI document); the security filter chain governs them.
     */
    public static boolean isFrameworkEndpoint(HandlerMethod method) {
        if (ErrorController.class.isAssignableFrom(method.getBeanType())) {
            return true;
        }
        String type = method.getBeanType().getName();
        return type.startsWith("org.springdoc.") || type.startsWith("org.springframework.boot.");
    }
}
