package app.pitwall.frontdesk.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.access.Role;
import app.pitwall.frontdesk.Today;
import app.pitwall.frontdesk.internal.TodayQuery;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.platform.web.NavigationLink;
import app.pitwall.platform.web.NavigationLink.Group;
import app.pitwall.tenancy.ActorLocations;
import jakarta.validation.constraints.Pattern;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /today}: the page the front desk starts the day on, for one location ({@code ?location=}, the user's first
 * without one; a picker when they may use several). Marking the answered estimates as seen ({@code POST
 * /today/seen}) empties that list until the next answer comes in. Someone allowed at no location yet is told so.
 */
@Controller
@Validated
class TodayPage {

    static final String PATH = "/today";
    private static final String UUID_TEXT = "|[0-9a-fA-F-]{36}";

    private final TodayQuery today;
    private final ActorLocations locations;

    TodayPage(TodayQuery today, ActorLocations locations) {
        this.today = today;
        this.locations = locations;
    }

    /** First in the front desk's group, so everyone who may see it and has no start page of their own lands here. */
    @Bean
    static NavigationLink todayLink() {
        return new NavigationLink(
                Group.FRONT_DESK,
                100,
                PATH,
                "nav.today",
                Set.of(Role.SERVICE_ADVISOR.code(), Role.MANAGER.code(), Role.OWNER.code()));
    }

    @GetMapping(PATH)
    @RequiresPermission(Permission.REPAIR_ORDERS_READ)
    ModelAndView page(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") @Pattern(regexp = UUID_TEXT) String location) {
        if (location.isEmpty() && locations.usable(actor).isEmpty()) {
            return new ModelAndView("frontdesk/no-location");
        }
        Today day = today.of(actor, location);
        ModelAndView page = new ModelAndView("frontdesk/today");
        page.addObject("today", TodayView.of(day));
        page.addObject("location", day.location().id().value().toString());
        page.addObject("locations", locations.choices(actor));
        return page;
    }

    @PostMapping(PATH + "/seen")
    @RequiresPermission(Permission.REPAIR_ORDERS_READ)
    ModelAndView seen(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") @Pattern(regexp = UUID_TEXT) String location) {
        today.markSeen(actor, location);
        String back = UriComponentsBuilder.fromPath(PATH)
                .queryParam("location", locations.chosen(actor, location).id().value())
                .queryParam("notice", "answers-seen")
                .toUriString();
        return new ModelAndView(LocalRedirects.to(back));
    }
}
