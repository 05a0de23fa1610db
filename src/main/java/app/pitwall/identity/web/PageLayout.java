package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.identity.internal.AccessExpiry;
import app.pitwall.tenancy.ShopLogos;
import app.pitwall.tenancy.Tenants;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the page layout ({@code templates/fragments/layout.html}) shows around every page: the business (with its
 * logo, when it has one) and the
 * signed-in user, the navigation links this user may follow (none while they must first set up two-step
 * verification, which is all they may do), how long the access credential lasts (for the session
 * keep-alive script) and the notice a redirect asked to show. The layout reads it as {@code @pageLayout.current()},
 * so error pages get it too. Public only so that templates can call it.
 */
@Component("pageLayout")
public class PageLayout {

    private static final Pattern NOTICE = Pattern.compile("[a-z][a-z-]{0,39}");

    private final Tenants tenants;
    private final ShopLogos logos;
    private final AccessExpiry expiry;
    private final StaffNavigation navigation;
    private final Clock clock;

    PageLayout(Tenants tenants, ShopLogos logos, AccessExpiry expiry, StaffNavigation navigation, Clock clock) {
        this.tenants = tenants;
        this.logos = logos;
        this.expiry = expiry;
        this.navigation = navigation;
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
            boolean tenantLogo,
            String userName,
            String roleKey,
            List<Group> navigation,
            Long sessionSecondsLeft,
            String noticeKey) {

        /** The group the page belongs to, whose links the section bar shows; null outside every group. */
        public Group currentGroup() {
            return navigation.stream().filter(Group::current).findFirst().orElse(null);
        }
    }

    /** A group of navigation links as shown; {@code current} when the page is under one of its links. */
    public record Group(String labelKey, List<Link> links, boolean current) {}

    /** A navigation link as shown; {@code current} marks the section the page belongs to. */
    public record Link(String path, String labelKey, boolean current) {}

    public View current() {
        HttpServletRequest request = currentRequest();
        String notice = request == null ? null : request.getParameter("notice");
        String noticeKey = notice != null && NOTICE.matcher(notice).matches() ? "notice." + notice : null;
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Actor actor)) {
            return new View(false, null, false, null, null, List.of(), null, noticeKey);
        }
        String path = request == null ? "" : request.getRequestURI();
        List<Group> groups = navigation.groups(actor, path);
        Long secondsLeft = request == null
                ? null
                : expiry.of(request)
                        .map(expires ->
                                Duration.between(clock.instant(), expires).toSeconds())
                        .orElse(null);
        return new View(
                true,
                tenants.nameOf(actor.tenantId()).orElse(""),
                logos.exists(actor.tenantId()),
                actor.name(),
                "role." + actor.role().code(),
                groups,
                secondsLeft,
                noticeKey);
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
