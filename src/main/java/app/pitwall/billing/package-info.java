/**
 * Billing: the payers directory, invoices drafted from repair orders (split between payers), posting with gapless
 * numbering, credit notes, and the tenant's billing settings. Payments, receivables and the accounting export build
 * on its tables and events.
 */
@ApplicationModule(allowedDependencies = {"platform :: *", "access", "tenancy", "repairorders"})
package app.pitwall.billing;

import org.springframework.modulith.ApplicationModule;
