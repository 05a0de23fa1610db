package app.pitwall.repairorders.web;

import app.pitwall.access.Permission;
import app.pitwall.platform.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The repair-order pages' entries in the staff navigation: the list, the job board and the technician's jobs. */
@Configuration(proxyBeanMethods = false)
class RepairOrderNavigation {

    @Bean
    NavigationLink repairOrdersLink() {
        return new NavigationLink(210, "/repair-orders", "nav.repairOrders", Permission.REPAIR_ORDERS_READ.code());
    }

    @Bean
    NavigationLink jobBoardLink() {
        return new NavigationLink(220, "/job-board", "nav.jobBoard", Permission.REPAIR_ORDERS_READ.code());
    }

    @Bean
    NavigationLink myJobsLink() {
        return new NavigationLink(230, "/my-jobs", "nav.myJobs", Permission.REPAIR_ORDERS_WORK.code());
    }
}
