package app.pitwall.repairorders;

import app.pitwall.platform.CardNumbers;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One job of a repair order: the unit a customer approves or declines. It holds the three Cs (complaint, cause,
 * correction), the technician's notes, the assigned technician and the line items, and knows its price, its version
 * hash and where it stands with the customer. Changed only through its {@link RepairOrder}, which guarantees that its
 * discounts never exceed the labor or parts they discount.
 */
public final class Job {

    static final int MAX_LINES = 200;

    private final JobId id;
    private final Pricing pricing;
    private final UUID cannedJobId;
    private final List<Line> lines;
    private JobDetails details;
    private Instant completedAt;
    private UUID completedBy;
    private JobApproval approval;
    private JobPrice price;

    /**
     * Restores a job as stored; for the repository.
     *
     * @param approval the latest decision on it, or null
     */
    public static Job restore(
            JobId id,
            Pricing pricing,
            JobDetails details,
            UUID cannedJobId,
            List<Line> lines,
            Instant completedAt,
            UUID completedBy,
            JobApproval approval) {
        Job job = new Job(id, pricing, details, cannedJobId, lines);
        job.completedAt = completedAt;
        job.completedBy = completedBy;
        job.approval = approval;
        return job;
    }

    Job(JobId id, Pricing pricing, JobDetails details, UUID cannedJobId, List<Line> lines) {
        this.id = id;
        this.pricing = pricing;
        this.details = details;
        this.cannedJobId = cannedJobId;
        this.lines = new ArrayList<>(lines);
    }

    public JobId id() {
        return id;
    }

    public String title() {
        return details.title();
    }

    public JobDetails details() {
        return details;
    }

    public UUID technicianId() {
        return details.technicianId();
    }

    public UUID cannedJobId() {
        return cannedJobId;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public Optional<Line> line(LineId line) {
        return lines.stream().filter(l -> l.id().equals(line)).findFirst();
    }

    public boolean done() {
        return completedAt != null;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public UUID completedBy() {
        return completedBy;
    }

    /** The latest decision on this job, if the customer made one. */
    public Optional<JobApproval> approval() {
        return Optional.ofNullable(approval);
    }

    public JobPrice price() {
        if (price == null) {
            price = pricing.price(lines);
        }
        return price;
    }

    /** The canonical content a customer approves; see {@link JobContent}. */
    public String content() {
        return JobContent.of(details.title(), lines, price(), pricing.currency());
    }

    public String versionHash() {
        return JobContent.hash(content());
    }

    public ApprovalStatus approvalStatus() {
        if (approval == null) {
            return ApprovalStatus.PENDING;
        }
        if (approval.decision() == JobApproval.Decision.DECLINED) {
            return ApprovalStatus.DECLINED;
        }
        return approval.versionHash().equals(versionHash())
                ? ApprovalStatus.APPROVED
                : ApprovalStatus.CHANGED_SINCE_APPROVAL;
    }

    void describe(JobDetails changed) {
        details = changed.validated();
    }

    void addLine(Line line) {
        if (lines.size() >= MAX_LINES) {
            throw new InvalidInputException("lines", "a job has at most " + MAX_LINES + " lines");
        }
        List<Line> next = new ArrayList<>(lines);
        next.add(pricing.checked(line));
        reprice(next);
    }

    Line replaceLine(Line line) {
        Line current = line(line.id()).orElseThrow(() -> new NotFoundException("Line"));
        if (current.kind() != line.kind()) {
            throw new InvalidInputException("kind", "a line keeps its kind; remove it and add a new one");
        }
        List<Line> next = new ArrayList<>(lines);
        next.set(lines.indexOf(current), pricing.checked(line));
        reprice(next);
        return current;
    }

    Line removeLine(LineId line) {
        Line current = line(line).orElseThrow(() -> new NotFoundException("Line"));
        List<Line> next = new ArrayList<>(lines);
        next.remove(current);
        reprice(next);
        return current;
    }

    void complete(Stamp stamp) {
        completedAt = stamp.at();
        completedBy = stamp.actorId();
    }

    void reopen() {
        completedAt = null;
        completedBy = null;
    }

    /** This job, its lines and decision kept, priced by {@code other} (tax rates that changed). */
    Job pricedBy(Pricing other) {
        return restore(id, other, details, cannedJobId, lines, completedAt, completedBy, approval);
    }

    void decide(JobApproval decision) {
        approval = decision;
    }

    /** Takes the new lines only if the job's discounts still fit within what they discount. */
    private void reprice(List<Line> next) {
        JobPrice priced = pricing.price(next);
        priced.overDiscounted().ifPresent(target -> {
            String what = target.name().toLowerCase(java.util.Locale.ROOT);
            throw new InvalidInputException(
                    "amount",
                    "the " + what + " discounts of job '" + title() + "' would exceed its " + what + " subtotal");
        });
        lines.clear();
        lines.addAll(next);
        price = priced;
    }

    /** The text of a job staff write. Null fields of a change leave the current value; a blank one clears it. */
    public record JobDetails(
            String title,
            String complaint,
            String cause,
            String correction,
            String technicianNotes,
            UUID technicianId) {

        /** This with the non-null fields of {@code change} applied. */
        public JobDetails with(JobDetails change, boolean clearTechnician) {
            return new JobDetails(
                    change.title != null ? change.title.strip() : title,
                    merge(complaint, change.complaint),
                    merge(cause, change.cause),
                    merge(correction, change.correction),
                    merge(technicianNotes, change.technicianNotes),
                    clearTechnician ? null : change.technicianId != null ? change.technicianId : technicianId);
        }

        JobDetails validated() {
            if (title == null || title.isBlank()) {
                throw new InvalidInputException("title", "required");
            }
            check("title", title, 200);
            check("complaint", complaint, 4000);
            check("cause", cause, 4000);
            check("correction", correction, 4000);
            check("technicianNotes", technicianNotes, 4000);
            return this;
        }

        private static String merge(String current, String change) {
            return change == null ? current : change.isBlank() ? null : change.strip();
        }

        private static void check(String field, String value, int max) {
            if (value != null && value.length() > max) {
                throw new InvalidInputException(field, "at most " + max + " characters");
            }
            if (CardNumbers.containsCardNumber(value)) {
                throw new InvalidInputException(field, "looks like a payment card number; Pitwall never stores those");
            }
        }
    }
}
