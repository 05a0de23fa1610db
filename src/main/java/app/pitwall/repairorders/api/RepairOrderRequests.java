package app.pitwall.repairorders.api;

import app.pitwall.platform.web.MergePatch;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.JobApproval;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.LineDraft;
import app.pitwall.repairorders.NewJob;
import app.pitwall.repairorders.OrderDetails;
import app.pitwall.repairorders.PartLine;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.shopsetup.LaborRateId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The JSON bodies the repair-order endpoints accept, with their size and shape limits. Times without an offset are
 * the location's wall clock. {@code version}, where accepted, is the version the change was made against.
 */
public final class RepairOrderRequests {

    private RepairOrderRequests() {}

    /** A walk-in: open an order, optionally with jobs. */
    public record OpenBody(
            @NotNull UUID locationId,
            @NotNull UUID customerId,
            @NotNull UUID vehicleId,
            UUID serviceAdvisorId,
            @Size(max = 10) List<@NotNull UUID> technicianIds,
            @Min(0) @Max(10_000_000) Integer odometerIn,
            @Size(max = 40) String promisedAt,
            @Size(max = 20) List<@NotNull @Size(max = 1000) String> concerns,
            @Size(max = 4000) String internalNotes,
            @Size(max = 20) List<@NotNull @Valid JobBody> jobs,
            Boolean confirmLowerOdometer) {}

    /** Change an order's own details, as a merge patch: absent fields stay, {@code null} clears. */
    public record ChangeBody(
            UUID serviceAdvisorId,
            @Size(max = 10) List<@NotNull UUID> technicianIds,
            @Min(0) @Max(10_000_000) Integer odometerIn,
            @Min(0) @Max(10_000_000) Integer odometerOut,
            @Size(max = 40) String promisedAt,
            @Size(max = 20) List<@NotNull @Size(max = 1000) String> concerns,
            @Size(max = 4000) String internalNotes,
            Boolean confirmLowerOdometer,
            @Min(0) Integer version) {

        /** The fields the patch clears that a blank would not; a {@code null} the order cannot clear is refused. */
        public static java.util.Set<OrderDetails.Clearable> cleared(MergePatch patch) {
            patch.clearable("promisedAt", "odometerIn", "odometerOut", "technicianIds", "concerns", "internalNotes");
            java.util.Set<OrderDetails.Clearable> fields = java.util.EnumSet.noneOf(OrderDetails.Clearable.class);
            for (OrderDetails.Clearable field : OrderDetails.Clearable.values()) {
                if (patch.clears(field.field())) {
                    fields.add(field);
                }
            }
            return fields;
        }
    }

    /** A new job: from a canned job ({@code cannedJobId}), or written by hand with its lines. */
    public record JobBody(
            UUID cannedJobId,
            @Size(max = 200) String title,
            @Size(max = 4000) String complaint,
            @Size(max = 4000) String cause,
            @Size(max = 4000) String correction,
            @Size(max = 4000) String technicianNotes,
            UUID technicianId,
            @Size(max = 200) List<@NotNull @Valid LineBody> lines,
            @Min(0) Integer version) {

        public NewJob toJob() {
            return new NewJob(
                    new Job.JobDetails(title, complaint, cause, correction, technicianNotes, technicianId),
                    lines == null
                            ? List.of()
                            : lines.stream().map(LineBody::toDraft).toList());
        }
    }

    /** Change a job's text, as a merge patch; {@code "technicianId": null} unassigns it. */
    public record JobChangeBody(
            @Size(max = 200) String title,
            @Size(max = 4000) String complaint,
            @Size(max = 4000) String cause,
            @Size(max = 4000) String correction,
            @Size(max = 4000) String technicianNotes,
            UUID technicianId,
            @Min(0) Integer version) {

        public Job.JobDetails toDetails() {
            return new Job.JobDetails(title, complaint, cause, correction, technicianNotes, technicianId);
        }
    }

    /** A line, new or changed; see {@link Line} for which fields each kind uses. */
    public record LineBody(
            Line.Kind kind,
            @Size(max = 300) String description,
            @Size(max = 60) String partNumber,
            PartLine.Condition condition,
            BigDecimal quantity,
            BigDecimal unitCost,
            BigDecimal unitPrice,
            BigDecimal hours,
            BigDecimal rate,
            UUID laborRateId,
            BigDecimal amount,
            BigDecimal percent,
            BigDecimal cap,
            Line.FeeKind feeKind,
            Line.TaxClass discountTarget,
            Boolean taxable,
            @Min(0) Integer version) {

        public LineDraft toDraft() {
            return new LineDraft(
                    kind,
                    description,
                    partNumber,
                    condition,
                    quantity,
                    unitCost,
                    unitPrice,
                    hours,
                    rate,
                    laborRateId == null ? null : new LaborRateId(laborRateId),
                    amount,
                    percent,
                    cap,
                    feeKind,
                    discountTarget,
                    taxable);
        }
    }

    /**
     * Move the order: {@code to} a status, with a reason for ON_HOLD and CANCELLED. Required fields here and below are
     * checked once the order is found, so that another tenant's id answers 404 whatever the body.
     */
    public record TransitionBody(
            RepairOrder.Status to,
            @Size(max = 500) String reason,
            @Min(0) Integer version) {}

    /** Only the version the request was made against, for actions without other input. */
    public record VersionBody(@Min(0) Integer version) {}

    /** A customer's verbal decision, as the advisor records it. */
    public record VerbalBody(
            @Size(max = 100) List<@NotNull UUID> jobIds,
            @Size(max = 100) List<@NotNull UUID> declinedJobIds,
            @Size(max = 200) String approvedBy,
            JobApproval.Method method,
            @Size(max = 40) String at,
            @Min(0) Integer version) {}
}
