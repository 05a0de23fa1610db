package app.pitwall.platform.web;

import java.util.Set;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Decides where a page may send the browser after signing in or resuming a session. Only a path on this site is
 * accepted ({@code /customers?q=ann}); anything that a browser could read as another site ({@code //evil.example},
 * {@code /\evil.example}, {@code https://...}), control characters, and the sign-in pages themselves (which would loop)
 * fall back to the given default, so a crafted link can never turn Pitwall into an open redirect.
 */
public final class LocalRedirects {

    private static final int LONGEST = 2000;
    private static final Set<String> LOOPING = Set.of("/login", "/logout", "/session/resume");

    private LocalRedirects() {}

    /** {@code next} when it is a safe path on this site, otherwise {@code fallback}. */
    public static String localPath(String next, String fallback) {
        return isLocalPath(next) ? next : fallback;
    }

    /**
     * A redirect to a path on this site, taken literally: no URI template expansion, no model attributes appended.
     */
    public static RedirectView to(String path) {
        RedirectView redirect = new RedirectView(path, true);
        redirect.setExpandUriTemplateVariables(false);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }

    /** Whether {@code next} is a printable-ASCII path on this site that does not lead back to signing in. */
    public static boolean isLocalPath(String next) {
        if (next == null || next.isEmpty() || next.length() > LONGEST) {
            return false;
        }
        if (next.charAt(0) != '/' || next.startsWith("//") || next.startsWith("/api/")) {
            return false;
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '\\') {
                return false;
            }
        }
        String path = next.split("[?#]", 2)[0];
        return !LOOPING.contains(path) && !path.startsWith("/webjars/");
    }
}
