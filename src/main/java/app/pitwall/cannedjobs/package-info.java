/** Canned jobs: the tenant's job templates, added to orders through the repair-order module. */
@ApplicationModule(
        allowedDependencies = {"platform :: *", "access", "shopsetup", "repairorders", "repairorders :: api"})
package app.pitwall.cannedjobs;

import org.springframework.modulith.ApplicationModule;
