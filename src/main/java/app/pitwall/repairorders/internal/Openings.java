package app.pitwall.repairorders.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.identity.Staffing;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.NewJob;
import app.pitwall.repairorders.NewRepairOrder;
import app.pitwall.repairorders.OrderDetails;
import app.pitwall.repairorders.Pricing;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.Stamp;
import app.pitwall.repairorders.Visit;
import app.pitwall.shopsetup.WorkOrderSettings;
import app.pitwall.tenancy.ActorLocations;
import app.pitwall.tenancy.Location;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Opens repair orders (for walk-ins and at check-in) and adds jobs to them: the location, customer, vehicle and staff
 * are checked, the order takes the next number of the tenant and the location's currency and tax rates, and every
 * line is drafted for that location. Runs inside the caller's transaction.
 */
@Component
class Openings {

    private final RepairOrderStore store;
    private final RepairOrderRows rows;
    private final ActorLocations locations;
    private final Visits visits;
    private final Staffing staffing;
    private final LineDrafting drafting;
    private final DiscountCap discounts;
    private final OrderOdometers odometers;
    private final Clock clock;

    Openings(
            RepairOrderStore store,
            RepairOrderRows rows,
            ActorLocations locations,
            Visits visits,
            Staffing staffing,
            LineDrafting drafting,
            DiscountCap discounts,
            OrderOdometers odometers,
            Clock clock) {
        this.store = store;
        this.rows = rows;
        this.locations = locations;
        this.visits = visits;
        this.staffing = staffing;
        this.drafting = drafting;
        this.discounts = discounts;
        this.odometers = odometers;
        this.clock = clock;
    }

    RepairOrder open(Actor actor, NewRepairOrder draft) {
        Location location = locations.named(actor, draft.locationId(), "locationId");
        Visit visit =
                visits.of(actor, location.id().value(), draft.customerId(), draft.vehicleId(), draft.appointmentId());
        OrderDetails details = OrderDetails.initial(
                draft.details(), actor.can(Permission.REPAIR_ORDERS_WRITE) ? actor.userId() : null);
        staffing.checkAdvisor(actor.tenantId(), visit.locationId(), details.serviceAdvisorId(), "serviceAdvisorId");
        staffing.checkTechnicians(actor.tenantId(), visit.locationId(), details.technicianIds(), "technicianIds");
        Stamp stamp = Stamp.of(actor, clock.instant());
        RepairOrder order = RepairOrder.open(
                actor.tenantId(), rows.nextNumber(actor.tenantId()), visit, details, pricing(location), stamp);
        List<NewJob> jobs = draft.jobs() == null ? List.of() : draft.jobs();
        for (int i = 0; i < jobs.size(); i++) {
            addJob(actor, order, jobs.get(i), stamp, "jobs[" + i + "].");
        }
        store.insert(
                order, stamp); // first: a second check-in of the appointment is refused as that, whatever its reading
        odometers.record(actor, order, null, location.timeZone(), draft.confirmLowerOdometer());
        return order;
    }

    Job addJob(Actor actor, RepairOrder order, NewJob job, Stamp stamp) {
        return addJob(actor, order, job, stamp, "");
    }

    private Job addJob(Actor actor, RepairOrder order, NewJob job, Stamp stamp, String prefix) {
        if (job.details() == null) {
            throw new InvalidInputException(prefix + "title", "required");
        }
        if (job.details().technicianId() != null) {
            staffing.checkTechnicians(
                    actor.tenantId(),
                    order.visit().locationId(),
                    List.of(job.details().technicianId()),
                    prefix + "technicianId");
        }
        WorkOrderSettings settings = discounts.settings(actor.tenantId());
        List<Line> lines = new ArrayList<>();
        int index = 0;
        for (var draft : job.lines() == null ? List.<app.pitwall.repairorders.LineDraft>of() : job.lines()) {
            String field = prefix + "lines[" + index++ + "].";
            lines.add(prefixed(
                    field,
                    () -> order.pricing()
                            .checked(drafting.newLine(
                                    actor.tenantId(), order.visit().locationId(), draft, settings))));
        }
        Job added = order.addJob(job.details(), job.cannedJobId(), lines, stamp);
        discounts.check(actor, added, BigDecimal.ZERO);
        return added;
    }

    static Pricing pricing(Location location) {
        return new Pricing(
                location.currency(),
                location.taxRates().labor(),
                location.taxRates().parts(),
                location.taxRates().fees());
    }

    private static Line prefixed(String prefix, java.util.function.Supplier<Line> drafting) {
        try {
            return drafting.get();
        } catch (InvalidInputException refused) {
            Map.Entry<String, String> field =
                    refused.fields().entrySet().iterator().next();
            throw new InvalidInputException(prefix + field.getKey(), field.getValue());
        }
    }
}
