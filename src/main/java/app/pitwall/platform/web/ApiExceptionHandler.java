package app.pitwall.platform.web;

import app.pitwall.platform.ConfirmationRequiredException;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.ServiceBusyException;
import app.pitwall.platform.TooManyRequestsException;
import app.pitwall.platform.UnauthenticatedException;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Turns every failure of a JSON API call into {@code application/problem+json} with a {@link ProblemType} of the
 * catalog: bad input 400 with the offending fields, 404 for missing or foreign, 409 for conflicts, 422 for a rule
 * refused or a warning that needs confirming. Never a stack trace.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** How Jackson names a key given twice (strict duplicate detection). */
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate Object property \"([^\"]{1,100})\"");

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            fields.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> fields.putIfAbsent(error.getObjectName(), error.getDefaultMessage()));
        return Problems.invalid("The request has invalid fields: " + String.join(", ", fields.keySet()), fields);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalid(ConstraintViolationException e) {
        Map<String, String> fields = e.getConstraintViolations().stream()
                .collect(Collectors.toMap(
                        v -> lastNode(v.getPropertyPath().toString()),
                        v -> v.getMessage(),
                        (a, b) -> a,
                        LinkedHashMap::new));
        return Problems.invalid("The request has invalid fields: " + String.join(", ", fields.keySet()), fields);
    }

    /** 422: a warning rule; the same request with the named confirmation is accepted. */
    @ExceptionHandler(ConfirmationRequiredException.class)
    ProblemDetail confirmationRequired(ConfirmationRequiredException e) {
        ProblemDetail problem = Problems.of(e.type(), e.getMessage());
        problem.setProperty("confirmWith", e.confirmWith());
        problem.setProperty("fields", Map.of(e.fields().keySet().iterator().next(), e.getMessage()));
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return Problems.invalid(e.getMessage(), e.fields());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return tooLarge(tooLarge);
            }
        }
        return ResponseEntity.badRequest().body(unreadableBody(e.getCause()));
    }

    private static ProblemDetail unreadableBody(Throwable cause) {
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            String why;
            if (cause.getClass().getSimpleName().startsWith("UnrecognizedProperty")) {
                why = "unknown field";
            } else if (cause instanceof InvalidFormatException format && format.getTargetType() == String.class) {
                why = "contains a NUL character";
            } else {
                why = "wrong type or format";
            }
            return Problems.invalid("The field " + field + " is not acceptable: " + why + ".", Map.of(field, why));
        }
        Matcher duplicate = cause == null ? null : DUPLICATE.matcher(String.valueOf(cause.getMessage()));
        if (duplicate != null && duplicate.find()) {
            String field = duplicate.group(1);
            return Problems.invalid(
                    "The field " + field + " is given more than once.", Map.of(field, "given more than once"));
        }
        if (cause instanceof JacksonException) {
            return Problems.invalid("The request body is not valid JSON.", Map.of("body", "malformed JSON"));
        }
        return Problems.invalid("The request body is missing or unreadable.", Map.of("body", "missing or unreadable"));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
        return ResponseEntity.status(413).body(Problems.of(ProblemType.PAYLOAD_TOO_LARGE, e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        if ("id".equals(e.getName()) || e.getName().endsWith("Id")) {
            return Problems.of(ProblemType.NOT_FOUND, "No such " + e.getName() + ".");
        }
        return Problems.invalid(
                "The parameter " + e.getName() + " has the wrong format.", Map.of(e.getName(), "wrong format"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return Problems.invalid(
                "The parameter " + e.getParameterName() + " is required.", Map.of(e.getParameterName(), "required"));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(ProblemType.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(NoResourceFoundException e) {
        return Problems.of(ProblemType.NOT_FOUND, "No such resource.");
    }

    @ExceptionHandler(UnauthenticatedException.class)
    ProblemDetail unauthenticated(UnauthenticatedException e) {
        return Problems.of(e.type(), e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return Problems.of(e.type(), e.getMessage());
    }

    /** A stale version the caller sent in {@code If-Match} is 412; in the body, 409. */
    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, jakarta.servlet.http.HttpServletRequest request) {
        boolean staleIfMatch = e.type() == ProblemType.STALE_VERSION
                && Boolean.TRUE.equals(request.getAttribute(ExpectedVersions.FROM_IF_MATCH));
        ProblemDetail problem = Problems.of(staleIfMatch ? ProblemType.PRECONDITION_FAILED : e.type(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(ExpectedVersions.PreconditionRequiredException.class)
    ProblemDetail preconditionRequired(ExpectedVersions.PreconditionRequiredException e) {
        return Problems.of(ProblemType.PRECONDITION_REQUIRED, e.getMessage());
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
        return ResponseEntity.status(429)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(Problems.of(ProblemType.TOO_MANY_REQUESTS, e.getMessage()));
    }

    @ExceptionHandler(ServiceBusyException.class)
    ResponseEntity<ProblemDetail> busy(ServiceBusyException e) {
        return Problems.busy(e);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        return Problems.of(ProblemType.DUPLICATE, "A record with the same unique value already exists.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return Problems.of(ProblemType.METHOD_NOT_ALLOWED, "Method " + e.getMethod() + " is not supported here.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        return Problems.of(
                ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send application/json or application/merge-patch+json.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return Problems.of(ProblemType.INTERNAL, "Something went wrong on our side; nothing was changed.");
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
