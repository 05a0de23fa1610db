package app.pitwall.repairorders.internal;

import app.pitwall.access.Actor;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.WorkOrderPermissions;
import app.pitwall.shopsetup.ShopReference;
import app.pitwall.shopsetup.WorkOrderSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/**
 * The tenant's cap on discounts: a change that raises a job's discounts above the cap (as a share of its labor,
 * parts and fees) needs {@code discounts:approve}. Lowering them, or changing a job a manager discounted without
 * raising its share, needs nothing more.
 */
@Component
class DiscountCap {

    private final ShopReference setup;

    DiscountCap(ShopReference setup) {
        this.setup = setup;
    }

    WorkOrderSettings settings(TenantId tenant) {
        return setup.settings(tenant);
    }

    /** Makes the change to the job, then refuses it (422, rolling back) if it raised the discounts above the cap. */
    void guard(Actor actor, Job job, Runnable change) {
        BigDecimal before = job.price().discountPercent();
        change.run();
        check(actor, job, before);
    }

    void check(Actor actor, Job job, BigDecimal before) {
        BigDecimal after = job.price().discountPercent();
        BigDecimal cap = settings(actor.tenantId()).discountCapPercent();
        if (after.compareTo(before) > 0 && !WorkOrderPermissions.mayGiveDiscountOf(actor, after, cap)) {
            throw new ConflictException(
                    ProblemType.DISCOUNT_OVER_CAP,
                    "Discounts of "
                            + after.setScale(2, RoundingMode.HALF_UP)
                                    .stripTrailingZeros()
                                    .toPlainString()
                            + "% on job '" + job.title() + "' are above the shop's cap of "
                            + cap.stripTrailingZeros().toPlainString()
                            + "%; a manager (discounts:approve) must give them.");
        }
    }
}
