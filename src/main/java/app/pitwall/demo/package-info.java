/** The demo shop created on first start, ready for a first day. */
@ApplicationModule(
        allowedDependencies = {
            "platform :: *",
            "access",
            "tenancy",
            "identity",
            "customers",
            "shopsetup",
            "cannedjobs",
            "appointments",
            "repairorders",
            "approvals"
        })
package app.pitwall.demo;

import org.springframework.modulith.ApplicationModule;
