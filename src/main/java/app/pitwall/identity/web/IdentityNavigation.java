package app.pitwall.identity.web;

import app.pitwall.access.Permission;
import app.pitwall.platform.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity pages' entries in the staff navigation: staff, their sessions, the shop's security, one's account. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationLink staffLink() {
        return new NavigationLink(800, StaffPages.PATH, "nav.users", Permission.USERS_READ.code());
    }

    @Bean
    NavigationLink sessionsLink() {
        return new NavigationLink(810, "/sessions", "nav.sessions", Permission.SESSIONS_READ.code());
    }

    @Bean
    NavigationLink securitySettingsLink() {
        return new NavigationLink(820, SecuritySettingsPage.PATH, "nav.settings", Permission.SETTINGS_MANAGE.code());
    }

    @Bean
    NavigationLink accountLink() {
        return new NavigationLink(900, "/account", "nav.account", null);
    }
}
