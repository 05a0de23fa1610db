package app.pitwall.identity.web;

import app.pitwall.platform.web.NavigationLink;
import app.pitwall.platform.web.NavigationLink.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity pages' entries in the staff navigation: staff, their sessions, the shop's security (one's own account
 * is linked from the user's name in the header). */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationLink staffLink() {
        return new NavigationLink(Group.SETTINGS, 100, StaffPages.PATH, "nav.users");
    }

    @Bean
    NavigationLink sessionsLink() {
        return new NavigationLink(Group.SETTINGS, 110, "/sessions", "nav.sessions");
    }

    @Bean
    NavigationLink securitySettingsLink() {
        return new NavigationLink(Group.SETTINGS, 120, SecuritySettingsPage.PATH, "nav.settings");
    }
}
