package app.pitwall.customers.web;

import app.pitwall.access.Permission;
import app.pitwall.platform.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The customer pages' entries in the staff navigation. */
@Configuration(proxyBeanMethods = false)
class CustomerNavigation {

    @Bean
    NavigationLink customersLink() {
        return new NavigationLink(100, "/customers", "nav.customers", Permission.CUSTOMERS_READ.code());
    }

    @Bean
    NavigationLink vehiclesLink() {
        return new NavigationLink(110, "/vehicles", "nav.vehicles", Permission.CUSTOMERS_READ.code());
    }
}
