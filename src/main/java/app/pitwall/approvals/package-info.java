/** Approval links and the customer's estimate page and API; decisions are recorded through the repair-order module. */
@ApplicationModule(
        allowedDependencies = {
            "platform :: *",
            "access",
            "tenancy",
            "identity",
            "repairorders",
            "repairorders :: api",
            "repairorders :: pages"
        })
package app.pitwall.approvals;

import org.springframework.modulith.ApplicationModule;
