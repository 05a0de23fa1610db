/** Repair orders: jobs, lines, pricing, the customer's decisions on jobs, deferred work, the job board and printouts. */
@ApplicationModule(allowedDependencies = {"platform :: *", "access", "tenancy", "identity", "customers", "shopsetup"})
package app.pitwall.repairorders;

import org.springframework.modulith.ApplicationModule;
