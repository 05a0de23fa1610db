/** The shop's reference data: bays, labor rates and repair-order settings (discount cap, shop supplies). */
@ApplicationModule(allowedDependencies = {"platform :: *", "access", "tenancy"})
package app.pitwall.shopsetup;

import org.springframework.modulith.ApplicationModule;
