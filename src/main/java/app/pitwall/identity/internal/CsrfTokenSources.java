package app.pitwall.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Where a request's CSRF token is read from: the {@code X-CSRF-TOKEN} header always, the {@code _csrf} field only in
 * a form post's body (the pages' hidden field), never a query string, where it would end up in logs and
 * browser history. The token is the masked (XOR) form Spring Security hands out; a forged one that does not unmask
 * (wrong length, bytes that are no text) is simply a wrong token, never an error.
 */
final class CsrfTokenSources implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        masked.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        boolean fromForm = isFormPost(request) && !inQuery(request, token.getParameterName());
        HttpServletRequest source = fromForm ? request : new HeaderOnly(request, token.getParameterName());
        try {
            return masked.resolveCsrfTokenValue(source, token);
        } catch (RuntimeException forged) {
            return null;
        }
    }

    private static boolean inQuery(HttpServletRequest request, String parameter) {
        String query = request.getQueryString();
        return query != null && ("&" + query).contains("&" + parameter + "=");
    }

    private static boolean isFormPost(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        return lower.startsWith("application/x-www-form-urlencoded") || lower.startsWith("multipart/form-data");
    }

    /** The request as the token resolver sees it outside a form post: without the token parameter. */
    private static final class HeaderOnly extends HttpServletRequestWrapper {

        private final String parameter;

        HeaderOnly(HttpServletRequest request, String parameter) {
            super(request);
            this.parameter = parameter;
        }

        @Override
        public String getParameter(String name) {
            return parameter.equals(name) ? null : super.getParameter(name);
        }
    }
}
