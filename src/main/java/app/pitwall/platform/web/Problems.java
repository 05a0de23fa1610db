package app.pitwall.platform.web;

import app.pitwall.platform.ServiceBusyException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details with Pitwall's stable {@code type} URIs, and answers refusals from places that run
 * before a controller (filters, interceptors) in the one error shape: {@code application/problem+json} for the JSON
 * API and for callers that ask for JSON, Pitwall's error page for everyone else ({@link #refuse}).
 */
@Component
public class Problems {

    /** Request attributes by which {@link #refuse} hands its problem to the error page. */
    static final String TYPE_ATTRIBUTE = Problems.class.getName() + ".type";

    static final String DETAIL_ATTRIBUTE = Problems.class.getName() + ".detail";
    static final String FIELDS_ATTRIBUTE = Problems.class.getName() + ".fields";

    private final JsonMapper json;

    Problems(JsonMapper json) {
        this.json = json;
    }

    /** The problem of a catalog member, answered with the member's status. */
    public static ProblemDetail of(ProblemType type, String detail) {
        return of(type.status(), type, detail);
    }

    /** For the container's refusals, whose status may be one the catalog files under a general member. */
    static ProblemDetail of(int status, ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    public static ProblemDetail invalid(String detail, Map<String, String> fields) {
        ProblemDetail problem = of(ProblemType.INVALID_INPUT, detail);
        problem.setProperty("fields", fields);
        return problem;
    }

    /** 503 {@code service-busy} with {@code Retry-After}: heavy work found no free place in time. */
    static ResponseEntity<ProblemDetail> busy(ServiceBusyException e) {
        return ResponseEntity.status(503)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(of(ProblemType.SERVICE_BUSY, e.getMessage()));
    }

    /**
     * Whether a failure of this request is answered as problem details rather than a page: anything under {@code
     * /api/}, and any caller that asks for JSON without asking for HTML.
     *
     * @param path the path as requested, still encoded
     */
    public static boolean answersWithProblem(String path, String accept) {
        if (path != null && (path.startsWith("/api/") || path.equals("/api"))) {
            return true;
        }
        if (accept == null) {
            return false;
        }
        String asked = accept.toLowerCase(java.util.Locale.ROOT);
        return !asked.contains("text/html") && (asked.contains("json") || asked.contains("problem"));
    }

    /** What to tell the caller about a status that Pitwall did not describe itself; never the container's words. */
    static String detailOf(int status) {
        return switch (status) {
            case 400 -> "The request is malformed; nothing was done.";
            case 401 -> "Sign in to continue.";
            case 403 -> "This is not available to you.";
            case 404 -> "No such resource.";
            case 405 -> "This method is not supported here.";
            case 413 -> "The request body is too large.";
            case 414, 431 -> "The request's address or headers are too large.";
            case 415 -> "This media type is not supported here.";
            default ->
                status >= 500 ? "Something went wrong on our side; nothing was changed." : "The request was refused.";
        };
    }

    /**
     * Writes the problem as the whole response, whatever the caller accepts; for the error page's JSON answers and
     * for API-only places.
     */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
            throws IOException {
        write(request.getRequestURI(), response, of(type, detail));
    }

    void write(String instance, HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (instance != null) {
            try {
                problem.setInstance(URI.create(instance));
            } catch (IllegalArgumentException malformed) {
                problem.setInstance(null);
            }
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /**
     * Refuses the request in the error shape its caller gets: problem details for the API (with {@code fields} when
     * given), the error page for pages. It goes through the container's error page, so it works from any filter.
     */
    public static void refuse(
            HttpServletRequest request,
            HttpServletResponse response,
            ProblemType type,
            String detail,
            Map<String, String> fields)
            throws IOException {
        request.setAttribute(TYPE_ATTRIBUTE, type);
        request.setAttribute(DETAIL_ATTRIBUTE, detail);
        if (fields != null) {
            request.setAttribute(FIELDS_ATTRIBUTE, Map.copyOf(fields));
        }
        response.sendError(type.status(), detail);
    }

    public static void refuse(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
            throws IOException {
        refuse(request, response, type, detail, null);
    }
}
