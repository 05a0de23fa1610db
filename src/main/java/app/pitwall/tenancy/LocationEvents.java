package app.pitwall.tenancy;

import app.pitwall.platform.AuditAction;
import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import java.util.UUID;

/** What happens to a tenant's locations, for the audit trail and for modules that price or book there. */
public sealed interface LocationEvents extends Auditable {

    LocationId location();

    @Override
    default Subject subject() {
        return Subject.of("location", location().value());
    }

    @Override
    default UUID locationId() {
        return location().value();
    }

    /** A manager added a location. */
    @AuditAction("location.added")
    record LocationAdded(TenantId tenantId, LocationId location, UUID actorId, LocationDetails after)
            implements LocationEvents {}

    /** A manager changed a location: its details before and after (closing it is a change of {@code closed}). */
    @AuditAction("location.changed")
    record LocationChanged(
            TenantId tenantId, LocationId location, UUID actorId, LocationDetails before, LocationDetails after)
            implements LocationEvents {

        /** Whether the change touched what orders are taxed at. */
        public boolean taxRatesChanged() {
            return !before.taxRates().equals(after.taxRates());
        }
    }
}
