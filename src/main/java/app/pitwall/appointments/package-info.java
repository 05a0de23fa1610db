/** The calendar: bookings, moves, cancellations and check-in, which opens a repair order. */
@ApplicationModule(
        allowedDependencies = {
            "platform :: *",
            "access",
            "tenancy",
            "identity",
            "customers",
            "shopsetup",
            "repairorders",
            "repairorders :: api"
        })
package app.pitwall.appointments;

import org.springframework.modulith.ApplicationModule;
