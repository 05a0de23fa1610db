package app.pitwall.shopsetup.internal;

import app.pitwall.platform.TenantId;
import app.pitwall.shopsetup.Bay;
import app.pitwall.shopsetup.BayId;
import app.pitwall.shopsetup.LaborRate;
import app.pitwall.shopsetup.LaborRateId;
import app.pitwall.shopsetup.ShopReference;
import app.pitwall.shopsetup.WorkOrderSettings;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reference data as stored, for other modules; see {@link ShopReference}. */
@Service
@Transactional(readOnly = true)
class ShopReferenceRows implements ShopReference {

    private final ShopSetupRows rows;

    ShopReferenceRows(ShopSetupRows rows) {
        this.rows = rows;
    }

    @Override
    public List<Bay> bays(TenantId tenant, UUID location) {
        return rows.bays(tenant, location);
    }

    @Override
    public Optional<Bay> bay(TenantId tenant, BayId id) {
        return rows.bay(tenant, id, false);
    }

    @Override
    public List<LaborRate> laborRates(TenantId tenant, UUID location) {
        return rows.laborRates(tenant, location);
    }

    @Override
    public Optional<LaborRate> laborRate(TenantId tenant, LaborRateId id) {
        return rows.laborRate(tenant, id, false);
    }

    @Override
    public WorkOrderSettings settings(TenantId tenant) {
        return rows.settings(tenant, false);
    }
}
