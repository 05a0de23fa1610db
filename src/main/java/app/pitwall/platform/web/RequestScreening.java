package app.pitwall.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else reads them, requests that no part of Pitwall can answer sensibly: {@code OPTIONS}
 * (Pitwall serves no cross-origin callers, so there is nothing to pre-flight), more parameters than the container
 * parses or a form it cannot parse, and a NUL character in the path or in any parameter name or value, which no
 * text of Pitwall may hold (PostgreSQL refuses it deep in a query). Each is a 4xx in the caller's error shape, where
 * it used to be a 500 from whichever component tripped over it first.
 */
@Component
class RequestScreening extends OncePerRequestFilter implements Ordered {

    /** Just after the request gets its id ({@link RequestOriginFilter}), before Spring Security. */
    static final int ORDER = RequestOriginFilter.ORDER + 1;

    private static final String NUL = "contains a NUL character";

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("OPTIONS".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE");
            Problems.refuse(
                    request,
                    response,
                    ProblemType.METHOD_NOT_ALLOWED,
                    "OPTIONS is not supported; no pre-flight is needed.");
            return;
        }
        String path = request.getRequestURI();
        if (path != null && path.toLowerCase(Locale.ROOT).contains("%00")) {
            Problems.refuse(
                    request, response, ProblemType.INVALID_INPUT, "The address " + NUL + ".", Map.of("path", NUL));
            return;
        }
        Map<String, String[]> parameters;
        try {
            parameters = isMultipart(request) ? Map.of() : request.getParameterMap();
        } catch (IllegalStateException unparseable) {
            if (unparseable instanceof InvalidParameterException tooLarge && tooLarge.getErrorCode() == 413) {
                Problems.refuse(
                        request, response, ProblemType.PAYLOAD_TOO_LARGE, "The form is too large; nothing was done.");
            } else {
                Problems.refuse(
                        request,
                        response,
                        ProblemType.INVALID_INPUT,
                        "The request has too many parameters or a form that cannot be read; nothing was done.",
                        Map.of("parameters", "too many or malformed"));
            }
            return;
        }
        Map<String, String> withNul = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            boolean found = name.indexOf('\0') >= 0;
            for (String value : values) {
                found |= value != null && value.indexOf('\0') >= 0;
            }
            if (found) {
                withNul.put(name.replace('\0', '?'), NUL);
            }
        });
        if (!withNul.isEmpty()) {
            Problems.refuse(
                    request,
                    response,
                    ProblemType.INVALID_INPUT,
                    "The request has invalid fields: " + String.join(", ", withNul.keySet()),
                    withNul);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Multipart bodies (uploads) are parsed and limited where they are read, not here. */
    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
