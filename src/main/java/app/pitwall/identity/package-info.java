/** Staff accounts, passwords, MFA, sessions and API tokens. */
@ApplicationModule(allowedDependencies = {"platform :: *", "access", "tenancy"})
package app.pitwall.identity;

import org.springframework.modulith.ApplicationModule;
