package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.identity.internal.AccessExpiry;
import app.pitwall.platform.web.NavigationLink;
import app.pitwall.tenancy.Tenants;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the page layout ({@code templates/fragments/layout.html}) shows around every page: the business and the
 * signed-in user, the navigation links this user may follow (none while they must first set up two-step
 * verification, which is all they may do), how long the access credential lasts (for the session
 * keep-alive script) and the notice a redirect asked to show. The layout reads it as {@code @pageLayout.current()},
 * so error pages get it too. Public only so that templates can call it.
 */
@Component("pageLayout")
public class PageLayout {

    private static final Pattern NOTICE = Pattern.compile("[a-z][a-z-]{0,39}");

    private final Tenants tenants;
    private final AccessExpiry expiry;
    private final List<NavigationLink> links;
    private final Clock clock;

    PageLayout(Tenants tenants, AccessExpiry expiry, ObjectProvider<NavigationLink> links, Clock clock) {
        this.tenants = tenants;
        this.expiry = expiry;
        this.links = links.stream()
                .sorted(Comparator.comparingInt(NavigationLink::order))
                .toList();
        this.clock = clock;
    }

    /**
     * The layout of one page.
     *
     * @param roleKey the message key of the user's role
     * @param sessionSecondsLeft seconds until the access credential expires, or null when unknown
     * @param noticeKey the message key of a notice to show, or null
     */
    public record View(
            boolean signedIn,
            String tenantName,
            String userName,
            String roleKey,
            List<Link> navigation,
            Long sessionSecondsLeft,
            String noticeKey) {}

    /** A navigation link as shown; {@code current} marks the section the page belongs to. */
    public record Link(String path, String labelKey, boolean current) {}

    public View current() {
        HttpServletRequest request = currentRequest();
        String notice = request == null ? null : request.getParameter("notice");
        String noticeKey = notice != null && NOTICE.matcher(notice).matches() ? "notice." + notice : null;
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Actor actor)) {
            return new View(false, null, null, null, List.of(), null, noticeKey);
        }
        String path = request == null ? "" : request.getRequestURI();
        List<Link> navigation = actor.mfaEnrolmentRequired()
                ? List.of()
                : links.stream()
                        .filter(link -> link.permission() == null
                                || actor.permissions().stream()
                                        .anyMatch(p -> p.code().equals(link.permission())))
                        .map(link -> new Link(link.path(), link.labelKey(), isWithin(path, link.path())))
                        .toList();
        Long secondsLeft = request == null
                ? null
                : expiry.of(request)
                        .map(expires ->
                                Duration.between(clock.instant(), expires).toSeconds())
                        .orElse(null);
        return new View(
                true,
                tenants.nameOf(actor.tenantId()).orElse(""),
                actor.name(),
                "role." + actor.role().code(),
                navigation,
                secondsLeft,
                noticeKey);
    }

    private static boolean isWithin(String path, String section) {
        return path.equals(section) || path.startsWith(section + "/");
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
