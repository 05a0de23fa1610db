package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.PageAccess;
import app.pitwall.platform.web.NavigationLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The navigation a staff member gets: the declared {@link NavigationLink}s whose page would serve them (asked of
 * {@link PageAccess}, so it fails closed exactly as the pages do), in their groups, groups without such a link left
 * out; and the page they start on. A user who must first set up two-step verification gets no navigation.
 */
@Component
class StaffNavigation {

    /** Where someone lands who may follow no link at all. */
    static final String LAST_RESORT = "/account";

    private final List<NavigationLink> links;
    private final PageAccess access;

    StaffNavigation(ObjectProvider<NavigationLink> links, PageAccess access) {
        this.links = links.stream()
                .sorted(Comparator.comparing(NavigationLink::group).thenComparingInt(NavigationLink::order))
                .toList();
        this.access = access;
    }

    /** The links this actor may follow, in order. */
    List<NavigationLink> followable(Actor actor) {
        if (actor.mfaEnrolmentRequired()) {
            return List.of();
        }
        return links.stream().filter(link -> access.mayOpen(actor, link.path())).toList();
    }

    List<PageLayout.Group> groups(Actor actor, String path) {
        Map<NavigationLink.Group, List<PageLayout.Link>> grouped = new LinkedHashMap<>();
        for (NavigationLink link : followable(actor)) {
            grouped.computeIfAbsent(link.group(), group -> new ArrayList<>())
                    .add(new PageLayout.Link(link.path(), link.labelKey(), isWithin(path, link.path())));
        }
        return grouped.entrySet().stream()
                .map(entry -> new PageLayout.Group(
                        entry.getKey().labelKey(),
                        List.copyOf(entry.getValue()),
                        entry.getValue().stream().anyMatch(PageLayout.Link::current)))
                .toList();
    }

    /** The page declared the start page of the actor's role, else the first they may follow. */
    String startPage(Actor actor) {
        List<NavigationLink> followable = followable(actor);
        return followable.stream()
                .filter(link -> link.startPageOf().contains(actor.role().code()))
                .findFirst()
                .or(() -> followable.stream().findFirst())
                .map(NavigationLink::path)
                .orElse(LAST_RESORT);
    }

    private static boolean isWithin(String path, String section) {
        return path.equals(section) || path.startsWith(section + "/");
    }
}
