/** Roles, permissions, the acting principal and the fail-closed permission check. */
@ApplicationModule(allowedDependencies = {"platform :: *"})
package app.pitwall.access;

import org.springframework.modulith.ApplicationModule;
