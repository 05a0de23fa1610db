package app.pitwall.repairorders.internal;

import app.pitwall.platform.Money;
import app.pitwall.repairorders.ApprovalStatus;
import app.pitwall.repairorders.Estimate;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.JobApproval;
import app.pitwall.repairorders.LaborLine;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.PartLine;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.Tenants;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Writes a repair order as its customer sees it through an approval link: prices yes, costs and staff notes no. */
@Component
class Estimates {

    private final Tenants tenants;

    Estimates(Tenants tenants) {
        this.tenants = tenants;
    }

    Estimate of(RepairOrder order, Instant linkExpiresAt) {
        Location location = tenants.location(
                        order.tenantId(), new LocationId(order.visit().locationId()))
                .orElseThrow();
        Money approved = order.jobs().stream()
                .filter(job -> job.approvalStatus() == ApprovalStatus.APPROVED)
                .map(job -> job.price().totals().total())
                .reduce(order.pricing().zero(), Money::plus);
        return new Estimate(
                tenants.nameOf(order.tenantId()).orElse(""),
                location.name(),
                address(location.address()),
                order.number(),
                order.visit().customerName(),
                order.visit().vehicleLabel(),
                order.status(),
                order.pricing().currency().getCurrencyCode(),
                linkExpiresAt,
                order.jobs().stream().map(Estimates::job).toList(),
                order.totals(),
                approved,
                order.tenantId(),
                location.timeZone());
    }

    private static Estimate.EstimateJob job(Job job) {
        return new Estimate.EstimateJob(
                job.id(),
                job.title(),
                job.details().complaint(),
                job.details().correction(),
                job.lines().stream()
                        .map(line -> line(line, job.price().amountOf(line.id())))
                        .toList(),
                job.price().totals(),
                job.versionHash(),
                job.approvalStatus(),
                job.approval().map(Estimates::decision).orElse(null));
    }

    private static Estimate.EstimateLine line(Line line, Money amount) {
        if (line instanceof LaborLine labor) {
            return new Estimate.EstimateLine(line.kind(), line.description(), labor.hours(), labor.rate(), amount);
        }
        if (line instanceof PartLine part) {
            return new Estimate.EstimateLine(
                    line.kind(), line.description(), part.quantity(), part.unitPrice(), amount);
        }
        return new Estimate.EstimateLine(line.kind(), line.description(), null, null, amount);
    }

    static Estimate.Decision decision(JobApproval approval) {
        return new Estimate.Decision(
                approval.decision(),
                approval.method(),
                approval.decidedBy(),
                approval.decidedAt(),
                approval.jobTotal(),
                approval.versionHash());
    }

    private static String address(Location.Address address) {
        if (address == null) {
            return null;
        }
        String place = Stream.of(address.city(), address.region(), address.postalCode())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        return Stream.of(address.street(), place.isEmpty() ? null : place)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }
}
