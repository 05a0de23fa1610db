package app.pitwall.appointments.web;

import app.pitwall.platform.web.NavigationLink;
import app.pitwall.platform.web.NavigationLink.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calendar's, the canned jobs' and the shop setup's entries in the staff navigation. */
@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

    @Bean
    NavigationLink calendarLink() {
        return new NavigationLink(Group.FRONT_DESK, 110, CalendarPage.PATH, "nav.calendar");
    }

    @Bean
    NavigationLink cannedJobsLink() {
        return new NavigationLink(Group.FRONT_DESK, 150, "/canned-jobs", "nav.cannedJobs");
    }

    @Bean
    NavigationLink shopSetupLink() {
        return new NavigationLink(Group.SETTINGS, 130, "/settings/bays", "nav.shopSetup");
    }
}
