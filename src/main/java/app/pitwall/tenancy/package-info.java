/** Tenants and their locations, with what money and time mean at each. */
@ApplicationModule(allowedDependencies = {"platform :: *", "access"})
package app.pitwall.tenancy;

import org.springframework.modulith.ApplicationModule;
