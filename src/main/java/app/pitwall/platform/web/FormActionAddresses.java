package app.pitwall.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * A page asked for at the address of a form's action ({@code /repair-orders/1/jobs/canned}), as a browser does on
 * reload or Back after a refused submission was shown there: it goes to the nearest page above that address (the
 * order) instead of "not possible here". Only plain page GETs; the JSON API keeps its 405.
 */
@Component
class FormActionAddresses implements HandlerExceptionResolver, Ordered {

    private static final int LEVELS = 4;

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    FormActionAddresses(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!(failure instanceof HttpRequestMethodNotSupportedException)
                || !"GET".equals(request.getMethod())
                || request.getHeader("HX-Request") != null) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!LocalRedirects.isLocalPath(path)) {
            return null;
        }
        String page = nearestPage(request, path);
        return page == null ? null : new ModelAndView(LocalRedirects.to(page));
    }

    /** The closest path above {@code path} that a handler answers with GET, if any. */
    private String nearestPage(HttpServletRequest request, String path) {
        RequestMappingHandlerMapping mapping = mappings.getIfAvailable();
        if (mapping == null) {
            return null;
        }
        Object parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            String candidate = path;
            for (int level = 0; level < LEVELS && candidate.lastIndexOf('/') > 0; level++) {
                candidate = candidate.substring(0, candidate.lastIndexOf('/'));
                if (answersGet(mapping, request, candidate)) {
                    return candidate;
                }
            }
            return null;
        } finally {
            request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsed);
        }
    }

    private static boolean answersGet(RequestMappingHandlerMapping mapping, HttpServletRequest request, String path) {
        HttpServletRequest asked = new HttpServletRequestWrapper(request) {
            @Override
            public String getRequestURI() {
                return request.getContextPath() + path;
            }

            @Override
            public String getServletPath() {
                return path;
            }

            @Override
            public String getPathInfo() {
                return null;
            }

            @Override
            public String getQueryString() {
                return null;
            }
        };
        ServletRequestPathUtils.parseAndCache(asked);
        try {
            return mapping.getHandler(asked) != null;
        } catch (Exception notAPage) {
            return false;
        }
    }
}
