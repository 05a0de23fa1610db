/** The demo shop created on first start. */
@ApplicationModule(allowedDependencies = {"platform :: *", "access", "tenancy", "identity", "customers"})
package app.pitwall.demo;

import org.springframework.modulith.ApplicationModule;
