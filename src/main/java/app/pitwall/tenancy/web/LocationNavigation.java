package app.pitwall.tenancy.web;

import app.pitwall.platform.web.NavigationLink;
import app.pitwall.platform.web.NavigationLink.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The locations' entry in the staff navigation, beside shop setup. */
@Configuration(proxyBeanMethods = false)
class LocationNavigation {

    @Bean
    NavigationLink locationsLink() {
        return new NavigationLink(Group.SETTINGS, 140, LocationPages.PATH, "nav.locations");
    }
}
