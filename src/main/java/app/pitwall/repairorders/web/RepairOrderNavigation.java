package app.pitwall.repairorders.web;

import app.pitwall.access.Role;
import app.pitwall.platform.web.NavigationLink;
import app.pitwall.platform.web.NavigationLink.Group;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The repair-order pages' entries in the staff navigation: the list, the job board and the technician's jobs,
 * where technicians start their day. */
@Configuration(proxyBeanMethods = false)
class RepairOrderNavigation {

    @Bean
    NavigationLink repairOrdersLink() {
        return new NavigationLink(Group.FRONT_DESK, 120, "/repair-orders", "nav.repairOrders");
    }

    @Bean
    NavigationLink jobBoardLink() {
        return new NavigationLink(Group.FRONT_DESK, 130, "/job-board", "nav.jobBoard");
    }

    @Bean
    NavigationLink myJobsLink() {
        return new NavigationLink(Group.FRONT_DESK, 140, "/my-jobs", "nav.myJobs", Set.of(Role.TECHNICIAN.code()));
    }
}
