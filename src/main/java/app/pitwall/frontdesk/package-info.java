/**
 * The front desk's start of the day: the Today page of a location, read from the calendar, the repair orders and the
 * customers' answers through their modules' public interfaces, and when each user last looked at the answers.
 */
@ApplicationModule(allowedDependencies = {"platform :: *", "access", "tenancy", "appointments", "repairorders"})
package app.pitwall.frontdesk;

import org.springframework.modulith.ApplicationModule;
