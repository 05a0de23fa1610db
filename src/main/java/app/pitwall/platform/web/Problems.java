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
 * Builds RFC 9457 problem details with Pitwall's stable {@code type} URIs, and writes them from
 * places that run before a controller (filters, interceptors).
 */
@Component
public class Problems {

    public static final String TYPE_PREFIX = "https://pitwall.app/problems/";

    private final JsonMapper json;

    Problems(JsonMapper json) {
        this.json = json;
    }

    public static ProblemDetail of(int status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        return problem;
    }

    public static ProblemDetail invalid(String detail, Map<String, String> fields) {
        ProblemDetail problem = of(400, "invalid-input", detail);
        problem.setProperty("fields", fields);
        return problem;
    }

    /** 503 {@code service-busy} with {@code Retry-After}: heavy work found no free place in time. */
    static ResponseEntity<ProblemDetail> busy(ServiceBusyException e) {
        return ResponseEntity.status(503)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(of(503, "service-busy", e.getMessage()));
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String detail)
            throws IOException {
        ProblemDetail problem = of(status, type, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
