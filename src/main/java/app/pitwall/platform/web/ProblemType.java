package app.pitwall.platform.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every problem the API answers, each with its stable {@code type} URI ({@code https://pitwall.app/problems/<code>}),
 * its HTTP status and a short title; the one catalog of {@code application/problem+json} answers, listed in the
 * OpenAPI document and in {@code docs/architecture.md}. A client branches on {@link #code()}, never on the detail.
 *
 * <p>400 is malformed input; 422 a well-formed request that a business rule refuses; 409 a clash with the current
 * state (a stale body version, an illegal move, a duplicate); 412 and 428 the {@code If-Match} preconditions; 404 is
 * also the answer for another tenant's id.
 */
public enum ProblemType {
    BAD_REQUEST("bad-request", 400, "Malformed request"),
    INVALID_INPUT("invalid-input", 400, "Invalid input"),

    UNAUTHENTICATED("unauthenticated", 401, "Not signed in"),
    INVALID_CREDENTIALS("invalid-credentials", 401, "Wrong email or password"),
    INVALID_TOKEN("invalid-token", 401, "Unknown, revoked or expired API token"),
    INVALID_MFA_CODE("invalid-mfa-code", 401, "Wrong or used two-step code"),
    MFA_SIGN_IN_EXPIRED("mfa-sign-in-expired", 401, "Two-step sign-in expired"),

    FORBIDDEN("forbidden", 403, "Not permitted"),
    CSRF("csrf", 403, "Missing or wrong CSRF token"),
    CROSS_ORIGIN("cross-origin", 403, "Cross-site request"),
    API_TOKEN_NOT_ACCEPTED("api-token-not-accepted", 403, "API tokens are not accepted here"),
    MFA_ENROLMENT_REQUIRED("mfa-enrolment-required", 403, "Two-step verification must be set up first"),
    REAUTHENTICATION_REQUIRED("reauthentication-required", 403, "Confirm who you are first"),
    REAUTHENTICATION_FAILED("reauthentication-failed", 403, "Re-authentication failed"),
    CREDIT_ABOVE_LIMIT("credit-above-limit", 403, "Credit above one's limit"),

    NOT_FOUND("not-found", 404, "Not found"),
    APPROVAL_LINK_UNKNOWN("approval-link-unknown", 404, "Approval link not valid"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),

    STALE_VERSION("stale-version", 409, "Stale version"),
    ILLEGAL_TRANSITION("illegal-transition", 409, "Illegal status transition"),
    APPROVAL_REQUIRED("approval-required", 409, "Approval comes from the customer"),
    BILLING_MOVE("billing-move", 409, "Status follows from billing"),
    ESTIMATE_CHANGED("estimate-changed", 409, "Estimate changed since it was shown"),
    APPOINTMENT_CHECKED_IN("appointment-checked-in", 409, "Appointment already checked in"),
    DUPLICATE("duplicate", 409, "Duplicate"),
    EMAIL_IN_USE("email-in-use", 409, "Email address in use"),
    ALREADY_STAFF("already-staff", 409, "Already on the staff"),
    MFA_ALREADY_ENABLED("mfa-already-enabled", 409, "Two-step verification already on"),

    APPROVAL_LINK_EXPIRED("approval-link-expired", 410, "Approval link expired"),
    APPROVAL_LINK_REPLACED("approval-link-replaced", 410, "Approval link replaced"),
    APPROVAL_LINK_CLOSED("approval-link-closed", 410, "Estimate closed"),

    PRECONDITION_FAILED("precondition-failed", 412, "If-Match does not match the current version"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Payload too large"),
    URI_TOO_LONG("uri-too-long", 414, "Address too long"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),

    DISCOUNT_OVER_CAP("discount-over-cap", 422, "Discount above the shop's cap"),
    SPLIT_INVALID("split-invalid", 422, "Split between payers refused"),
    NOTHING_TO_INVOICE("nothing-to-invoice", 422, "Nothing left to invoice"),
    NOT_INVOICEABLE("not-invoiceable", 422, "Repair order cannot be invoiced in its status"),
    INVOICE_POSTED("invoice-posted", 422, "Invoice posted: correct it with a credit note"),
    NOT_POSTED("not-posted", 422, "Only a posted invoice is credited"),
    POSTING_CHECKS_FAILED("posting-checks-failed", 422, "Invoice not ready to post"),
    CREDIT_OVER_INVOICED("credit-over-invoiced", 422, "Credit above what is left uncredited"),
    SETTING_UNAVAILABLE("setting-unavailable", 422, "Setting needs a module not installed"),
    ORDER_CLOSED("order-closed", 422, "Repair order closed to changes"),
    ESTIMATE_EMPTY("estimate-empty", 422, "Estimate has no jobs"),
    NEEDS_REAPPROVAL("needs-reapproval", 422, "Job changed since its approval"),
    JOBS_NOT_DONE("jobs-not-done", 422, "Jobs not done yet"),
    NOT_IN_PROGRESS("not-in-progress", 422, "Repair order not in progress"),
    JOB_DONE("job-done", 422, "Job done"),
    JOB_APPROVED("job-approved", 422, "Job approved"),
    JOB_NOT_APPROVED("job-not-approved", 422, "Job not approved"),
    ALREADY_APPROVED("already-approved", 422, "Job already approved"),
    NOTHING_TO_APPROVE("nothing-to-approve", 422, "Nothing to approve"),
    NO_DEFAULT_LABOR_RATE("no-default-labor-rate", 422, "No default labor rate"),
    ODOMETER_LOWER("odometer-lower", 422, "Odometer lower than the last reading: confirm it"),
    TOO_MANY("too-many", 422, "Limit reached"),
    LAST_OWNER("last-owner", 422, "Last owner"),
    CUSTOMER_HAS_VEHICLES("customer-has-vehicles", 422, "Customer still has vehicles"),
    APPOINTMENT_CLOSED("appointment-closed", 422, "Appointment closed to changes"),
    EMPTY_TRAIL("empty-trail", 422, "Audit trail empty"),
    MFA_REQUIRED("mfa-required", 422, "Two-step verification required for the role"),
    MFA_NOT_ENABLED("mfa-not-enabled", 422, "Two-step verification not on"),
    MFA_ENROLMENT_NOT_STARTED("mfa-enrolment-not-started", 422, "Two-step set-up not started"),

    PRECONDITION_REQUIRED("precondition-required", 428, "Expected version required"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests"),
    APPROVAL_LINK_TOO_MANY_ATTEMPTS("approval-link-too-many-attempts", 429, "Approval link used too often"),
    REQUEST_TOO_LARGE("request-too-large", 431, "Headers too large"),

    INTERNAL("internal", 500, "Internal error"),
    UNAVAILABLE("unavailable", 503, "Unavailable"),
    SERVICE_BUSY("service-busy", 503, "Busy; try again");

    public static final String URI_PREFIX = "https://pitwall.app/problems/";

    private final String code;
    private final int status;
    private final String title;

    ProblemType(String code, int status, String title) {
        this.code = code;
        this.status = status;
        this.title = title;
    }

    /** The stable, machine-readable name: the last segment of {@link #uri()}. */
    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create(URI_PREFIX + code);
    }

    /** The member of this code, if any. */
    public static Optional<ProblemType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }

    /** The problem of a status Pitwall did not describe itself (the container's refusals, unmapped paths). */
    public static ProblemType ofStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 428 -> PRECONDITION_REQUIRED;
            case 429 -> TOO_MANY_REQUESTS;
            case 431 -> REQUEST_TOO_LARGE;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : BAD_REQUEST;
        };
    }
}
