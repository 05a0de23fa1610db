package app.pitwall.customers.web;

import app.pitwall.platform.web.NavigationLink;
import app.pitwall.platform.web.NavigationLink.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The customer pages' entries in the staff navigation. */
@Configuration(proxyBeanMethods = false)
class CustomerNavigation {

    @Bean
    NavigationLink customersLink() {
        return new NavigationLink(Group.CUSTOMERS, 100, "/customers", "nav.customers");
    }

    @Bean
    NavigationLink vehiclesLink() {
        return new NavigationLink(Group.CUSTOMERS, 110, "/vehicles", "nav.vehicles");
    }
}
