package app.pitwall.appointments.web;

import app.pitwall.access.Permission;
import app.pitwall.platform.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calendar's, the canned jobs' and the shop setup's entries in the staff navigation. */
@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

    @Bean
    NavigationLink calendarLink() {
        return new NavigationLink(200, CalendarPage.PATH, "nav.calendar", Permission.APPOINTMENTS_READ.code());
    }

    @Bean
    NavigationLink cannedJobsLink() {
        return new NavigationLink(240, "/canned-jobs", "nav.cannedJobs", Permission.REPAIR_ORDERS_WRITE.code());
    }

    @Bean
    NavigationLink shopSetupLink() {
        return new NavigationLink(830, "/settings/bays", "nav.shopSetup", Permission.LOCATIONS_MANAGE.code());
    }
}
