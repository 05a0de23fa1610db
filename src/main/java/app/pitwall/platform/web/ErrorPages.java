package app.pitwall.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error page ({@code /error}), which answers whatever no handler answered: paths nobody maps,
 * methods a path does not take, {@code TRACE}, and the refusals of filters ({@link Problems#refuse}). It replaces
 * Spring Boot's default error JSON with the one error shape (problem details for the API, the error page for pages)
 * and completes the security headers, which the security filters did not write when they never saw the request.
 */
@Hidden
@Controller
class ErrorPages implements ErrorController {

    private final Problems problems;

    ErrorPages(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeaders.fillIn(response);
        int status = status(request);
        ProblemType type = (ProblemType) request.getAttribute(Problems.TYPE_ATTRIBUTE);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (Problems.answersWithProblem(path, request.getHeader("Accept"))) {
            ProblemDetail problem = type == null
                    ? Problems.of(status, ProblemType.ofStatus(status), Problems.detailOf(status))
                    : Problems.of(status, type, (String) request.getAttribute(Problems.DETAIL_ATTRIBUTE));
            Object fields = request.getAttribute(Problems.FIELDS_ATTRIBUTE);
            if (fields instanceof Map<?, ?> named) {
                problem.setProperty("fields", named);
            }
            problems.write(path, response, problem);
            return null;
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("reason", type == null ? null : type.code());
        return page;
    }

    /** The status the error was sent with; asking for the error page itself finds nothing. */
    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer status && status >= 400 && status <= 599) {
            return status;
        }
        return code == null ? 404 : 500;
    }
}
