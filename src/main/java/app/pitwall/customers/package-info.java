/** Customers, their vehicles and odometer readings. */
@ApplicationModule(allowedDependencies = {"platform :: *", "access", "tenancy"})
package app.pitwall.customers;

import org.springframework.modulith.ApplicationModule;
