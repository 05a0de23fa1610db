/** The tenant's append-only, hash-chained audit trail and its signed checkpoints. */
@ApplicationModule(allowedDependencies = {"platform :: *", "access", "tenancy"})
package app.pitwall.audit;

import org.springframework.modulith.ApplicationModule;
