package app.pitwall.platform.web;

import app.pitwall.platform.ConfirmationRequiredException;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.ServiceBusyException;
import app.pitwall.platform.TooManyRequestsException;
import app.pitwall.platform.UnauthenticatedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The one advice for page handlers. A service's refusal of a submitted form ({@link InvalidInputException}, {@link
 * ConflictException}) shows the page the form came from again, with what the user typed and every error at its input:
 * the advice writes the refusal into the form's binding ({@link Refusals}) and calls the handler once more, whose
 * {@code if (binding.hasErrors())} branch renders its page, as for any other invalid input. So no page handler
 * catches a refusal; a handler without a bound form gets the error page.
 *
 * <p>It also turns the other failures of page handlers into pages: a request without a live session goes to the session-resume page (which
 * refreshes the session or asks to sign in, then returns to the page asked for), a user who must first set up two-step
 * verification goes to do so, the others get a friendly error page with the right status (429 with {@code Retry-After}
 * for too many attempts) and never a stack trace. JSON API handlers are answered by {@link ApiExceptionHandler}, which
 * takes precedence for {@code @RestController}s.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    static final String RESUME_PATH = "/session/resume";

    /** Where a user sets up two-step verification; the only page open to one who must do so first. */
    static final String MFA_ENROLMENT_PATH = "/account/security";

    /** The refusal being shown again, while the handler is called a second time. */
    static final String REFUSAL = PageExceptionHandler.class.getName() + ".refusal";

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final Problems problems;
    private final ObjectProvider<RequestMappingHandlerAdapter> handlers;

    PageExceptionHandler(Problems problems, ObjectProvider<RequestMappingHandlerAdapter> handlers) {
        this.problems = problems;
        this.handlers = handlers;
    }

    /** While a refusal is shown again, the form's validation also reports the refused fields. */
    @InitBinder
    void refusalsAsErrors(WebDataBinder binder, HttpServletRequest request) {
        if (request.getAttribute(REFUSAL) instanceof RuntimeException refusal) {
            binder.addValidators(new Validator() {
                @Override
                public boolean supports(Class<?> type) {
                    return true;
                }

                @Override
                public void validate(Object form, Errors errors) {
                    Refusals.record(refusal, form, errors);
                }
            });
        }
    }

    /**
     * A refused form: the handler runs again with the refusal in its form's binding and renders its page with the
     * input kept (400 for bad input, 409 for a conflict). A refusal of a handler without a form, or a second one,
     * gets the error page with that status.
     */
    @ExceptionHandler({InvalidInputException.class, ConflictException.class})
    ModelAndView refused(
            RuntimeException refusal, HandlerMethod handler, HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = refusal instanceof ConfirmationRequiredException
                ? HttpStatus.UNPROCESSABLE_CONTENT
                : refusal instanceof InvalidInputException ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
        if (request.getAttribute(REFUSAL) == null && bindsAForm(handler)) {
            request.setAttribute(REFUSAL, refusal);
            try {
                ModelAndView again = handlers.getObject().handle(request, response, handler);
                if (again != null) {
                    if (!(again.getView() instanceof RedirectView)) {
                        again.setStatus(status);
                    }
                    return again;
                }
            } catch (Exception failure) {
                log.warn("Showing the refused form of {} again failed", request.getRequestURI(), failure);
            } finally {
                request.removeAttribute(REFUSAL);
            }
        }
        ModelAndView page = page(status);
        page.addObject("refusal", Refusals.sentence(refusal.getMessage()));
        return page;
    }

    private static boolean bindsAForm(HandlerMethod handler) {
        if (handler == null) {
            return false;
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (Errors.class.isAssignableFrom(parameter.getParameterType())) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(UnauthenticatedException.class)
    ModelAndView unauthenticated(HttpServletRequest request, HttpServletResponse response) {
        String resume = RESUME_PATH + "?next=" + URLEncoder.encode(pageAsked(request), StandardCharsets.UTF_8);
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", resume);
            return page(HttpStatus.UNAUTHORIZED);
        }
        return new ModelAndView(LocalRedirects.to(resume));
    }

    /**
     * Refused: a user whose shop requires two-step verification and who has not set it up yet is sent to set it up
     * (the only thing they may do); a refusal of another known kind (a fresh password needed) says so; the rest say
     * "not your role".
     */
    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException refused, HttpServletRequest request, HttpServletResponse response) {
        if (refused.type() == ProblemType.MFA_ENROLMENT_REQUIRED && request.getHeader("HX-Request") == null) {
            return new ModelAndView(LocalRedirects.to(MFA_ENROLMENT_PATH));
        }
        if (refused.type() == ProblemType.MFA_ENROLMENT_REQUIRED) {
            response.setHeader("HX-Redirect", MFA_ENROLMENT_PATH);
        }
        ModelAndView page = page(HttpStatus.FORBIDDEN);
        page.addObject("reason", refused.type().code());
        return page;
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ModelAndView tooMany(TooManyRequestsException e, HttpServletResponse response) {
        response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        return page(HttpStatus.TOO_MANY_REQUESTS);
    }

    /**
     * Busy (503, {@code Retry-After}): a browser asking for a page or a printout is shown the page that says so; any
     * other caller (a script fetching a PDF) gets the problem document.
     */
    @ExceptionHandler(ServiceBusyException.class)
    ModelAndView busy(ServiceBusyException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        String accept = request.getHeader("Accept");
        if (accept == null || !accept.contains("text/html")) {
            problems.write(request, response, ProblemType.SERVICE_BUSY, e.getMessage());
            return null;
        }
        return page(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @ExceptionHandler({
        NotFoundException.class,
        MethodArgumentTypeMismatchException.class,
        org.springframework.web.servlet.resource.NoResourceFoundException.class
    })
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler({
        ConstraintViolationException.class,
        HandlerMethodValidationException.class,
        BindException.class,
        MissingServletRequestParameterException.class
    })
    ModelAndView invalid() {
        return page(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView method() {
        return page(HttpStatus.METHOD_NOT_ALLOWED);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure on page {}", request.getRequestURI(), e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }

    /** The page to return to: this request's path, or for an htmx request the page it was made from. */
    private static String pageAsked(HttpServletRequest request) {
        String current = request.getHeader("HX-Current-URL");
        String asked;
        if (current != null) {
            try {
                URI uri = URI.create(current);
                asked = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            } catch (IllegalArgumentException e) {
                asked = "/";
            }
        } else {
            String query = request.getQueryString();
            asked = request.getRequestURI() + (query == null ? "" : "?" + query);
        }
        return LocalRedirects.localPath(asked, "/");
    }
}
