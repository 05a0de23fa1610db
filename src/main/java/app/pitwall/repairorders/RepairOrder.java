package app.pitwall.repairorders;

import static app.pitwall.repairorders.RepairOrder.Status.*;

import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.repairorders.RepairOrderEvents.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A repair order: one vehicle's visit to a shop, from estimate to finished work. It is the aggregate that guards the
 * visit's rules. Its status moves only along {@link #TRANSITIONS}, through methods named for what happens in the shop;
 * each checks the current status, fails with a message naming it, and registers a past-tense event. Jobs and lines
 * change only while the order {@link Status#acceptsChanges() accepts changes}; a job's discounts never exceed what
 * they discount; customer decisions record the exact version of each job.
 */
public final class RepairOrder {

    /** Where a repair order is in its life. */
    public enum Status {
        /** Being written up: jobs and prices drafted, nothing approved yet. */
        ESTIMATE,
        /** The estimate went to the customer; waiting for their decision on each job. */
        AWAITING_APPROVAL,
        /** At least one job approved; work may start. */
        APPROVED,
        /** Technicians are working on it. */
        IN_PROGRESS,
        /** Work paused, waiting for parts or for the customer. */
        ON_HOLD,
        /** Work complete and checked; the vehicle can go back to its owner. */
        READY,
        /** Billed: the last of its invoices is posted; waiting for payment. Reached only through billing. */
        INVOICED,
        /** Everything billed is paid or written off. Reached only through billing (payments close it). */
        CLOSED,
        /** Given up before READY, with a reason. */
        CANCELLED;

        private static final Set<Status> CHANGEABLE =
                EnumSet.of(ESTIMATE, AWAITING_APPROVAL, APPROVED, IN_PROGRESS, ON_HOLD);
        private static final Set<Status> ON_THE_BOARD =
                EnumSet.of(ESTIMATE, AWAITING_APPROVAL, APPROVED, IN_PROGRESS, ON_HOLD, READY);

        /** Whether jobs, lines and details may still change. */
        public boolean acceptsChanges() {
            return CHANGEABLE.contains(this);
        }

        /** Whether the order shows on the job board. */
        public boolean onTheBoard() {
            return ON_THE_BOARD.contains(this);
        }
    }

    /** What happens in the shop to move an order: each is one business method of the aggregate. */
    public enum Move {
        /** {@link #sendForApproval}. */
        SEND_FOR_APPROVAL("sendForApproval"),
        /** {@link #approve}: follows from the customer's decision, never requested as a move. */
        APPROVE("approve"),
        /** {@link #startWork}. */
        START_WORK("startWork"),
        /** {@link #putOnHold}. */
        PUT_ON_HOLD("putOnHold"),
        /** {@link #resume}. */
        RESUME("resume"),
        /** {@link #markReady}. */
        MARK_READY("markReady"),
        /** {@link #cancel}. */
        CANCEL("cancel"),
        /** {@link #invoice}: follows from posting the order's last invoice, never requested as a move. */
        INVOICE("invoice", true),
        /** {@link #close}: follows from everything billed being paid or written off. */
        CLOSE("close", true),
        /** {@link #reopen}: follows from a credit note that asks to reopen the order for correction. */
        REOPEN("reopen", true);

        private final String method;
        private final boolean billing;

        Move(String method) {
            this(method, false);
        }

        Move(String method, boolean billing) {
            this.method = method;
            this.billing = billing;
        }

        /** The business method that makes the move. */
        public String method() {
            return method;
        }

        /** Whether billing makes this move (through {@link OrderBilling}); staff never request it as a transition. */
        public boolean billing() {
            return billing;
        }
    }

    /**
     * One allowed move between two statuses, and whether a technician assigned to the order may make it (with {@code
     * repair-orders:work}); every other move needs {@code repair-orders:transition}.
     */
    public record Transition(Status from, Status to, Move move, boolean assignedTechnicianMay) {}

    /** Every allowed move; anything not listed is refused. Billing adds its rows here. */
    public static final List<Transition> TRANSITIONS = List.of(
            new Transition(ESTIMATE, AWAITING_APPROVAL, Move.SEND_FOR_APPROVAL, false),
            new Transition(ESTIMATE, APPROVED, Move.APPROVE, false),
            new Transition(AWAITING_APPROVAL, APPROVED, Move.APPROVE, false),
            new Transition(APPROVED, IN_PROGRESS, Move.START_WORK, true),
            new Transition(IN_PROGRESS, ON_HOLD, Move.PUT_ON_HOLD, true),
            new Transition(ON_HOLD, IN_PROGRESS, Move.RESUME, true),
            new Transition(IN_PROGRESS, READY, Move.MARK_READY, true),
            new Transition(ESTIMATE, CANCELLED, Move.CANCEL, false),
            new Transition(AWAITING_APPROVAL, CANCELLED, Move.CANCEL, false),
            new Transition(APPROVED, CANCELLED, Move.CANCEL, false),
            new Transition(IN_PROGRESS, CANCELLED, Move.CANCEL, false),
            new Transition(ON_HOLD, CANCELLED, Move.CANCEL, false),
            new Transition(READY, INVOICED, Move.INVOICE, false),
            new Transition(INVOICED, CLOSED, Move.CLOSE, false),
            new Transition(INVOICED, IN_PROGRESS, Move.REOPEN, false),
            new Transition(CLOSED, IN_PROGRESS, Move.REOPEN, false));

    public static Optional<Transition> transition(Status from, Status to) {
        return TRANSITIONS.stream()
                .filter(t -> t.from() == from && t.to() == to)
                .findFirst();
    }

    /** What a repair order is, fixed when it opens: its tenant, id, number, visit, money and opening time. */
    public record Header(
            TenantId tenantId, RepairOrderId id, long number, Visit visit, Pricing pricing, Instant createdAt) {}

    private Header header;
    private final TenantId tenantId;
    private final RepairOrderId id;
    private final long number;
    private final List<Job> jobs;
    private final List<RepairOrderEvent> events = new ArrayList<>();
    private OrderDetails details;
    private Status status;
    private String statusReason;
    private Instant updatedAt;
    private int version;

    private RepairOrder(
            Header header,
            OrderDetails details,
            Status status,
            String statusReason,
            List<Job> jobs,
            Instant updatedAt,
            int version) {
        this.header = header;
        this.tenantId = header.tenantId();
        this.id = header.id();
        this.number = header.number();
        this.details = details;
        this.status = status;
        this.statusReason = statusReason;
        this.jobs = new ArrayList<>(jobs);
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** Opens a new order as an estimate. */
    public static RepairOrder open(
            TenantId tenantId, long number, Visit visit, OrderDetails details, Pricing pricing, Stamp stamp) {
        Header header = new Header(tenantId, RepairOrderId.random(), number, visit, pricing, stamp.at());
        RepairOrder order = new RepairOrder(header, details.validated(), ESTIMATE, null, List.of(), stamp.at(), 0);
        order.events.add(new RepairOrderOpened(tenantId, order.id, number, stamp.actorId(), visit, order.details));
        return order;
    }

    /** Restores an order as stored; for the repository. */
    public static RepairOrder restore(
            Header header,
            OrderDetails details,
            Status status,
            String statusReason,
            List<Job> jobs,
            Instant updatedAt,
            int version) {
        return new RepairOrder(header, details, status, statusReason, jobs, updatedAt, version);
    }

    // ---- the status machine -------------------------------------------------------------------------------------

    /** Sends the estimate to the customer: ESTIMATE → AWAITING_APPROVAL. */
    public void sendForApproval(Stamp stamp) {
        Transition move = legal(AWAITING_APPROVAL);
        if (jobs.isEmpty()) {
            throw conflict(ProblemType.ESTIMATE_EMPTY, " and has no jobs to send for approval");
        }
        apply(move, null, stamp);
    }

    /**
     * Records the customer's answer, job by job. Approving at least one job moves an ESTIMATE or AWAITING_APPROVAL
     * order to APPROVED; later answers (for jobs added during the work) leave the status as it is.
     */
    public void approve(List<JobDecision> decisions, Consent consent, Stamp stamp) {
        requireChangeable();
        if (decisions.isEmpty()) {
            throw new InvalidInputException("decisions", "decide on at least one job");
        }
        List<Job> decided = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            decided.add(JobDecisions.checked(this, i, decisions.get(i), consent));
        }
        for (int i = 0; i < decisions.size(); i++) {
            JobApproval decision =
                    JobDecisions.record(decided.get(i), decisions.get(i).decision(), consent, stamp);
            events.add(new JobDecided(tenantId, id, stamp.actorId(), decision));
        }
        boolean anyApproved = jobs.stream().anyMatch(job -> job.approvalStatus() == ApprovalStatus.APPROVED);
        if (anyApproved && transition(status, APPROVED).isPresent()) {
            apply(legal(APPROVED), null, stamp);
        }
        touch(stamp);
    }

    /** Work begins: APPROVED → IN_PROGRESS. */
    public void startWork(Stamp stamp) {
        apply(legal(IN_PROGRESS), null, stamp);
    }

    /** Work pauses, waiting for parts or the customer: IN_PROGRESS → ON_HOLD. */
    public void putOnHold(String reason, Stamp stamp) {
        Transition move = legal(ON_HOLD);
        apply(move, required(reason), stamp);
    }

    /** Work continues: ON_HOLD → IN_PROGRESS. */
    public void resume(Stamp stamp) {
        apply(legal(IN_PROGRESS), null, stamp);
    }

    /**
     * The work is complete and checked: IN_PROGRESS → READY. Every approved job must be done, and no job may have
     * changed since its approval.
     */
    public void markReady(Stamp stamp) {
        Transition move = legal(READY);
        for (Job job : jobs) {
            if (job.approvalStatus() == ApprovalStatus.CHANGED_SINCE_APPROVAL) {
                throw conflict(
                        ProblemType.NEEDS_REAPPROVAL, " and has job '" + job.title() + "' changed since its approval");
            }
            if (job.approvalStatus() == ApprovalStatus.APPROVED && !job.done()) {
                throw conflict(ProblemType.JOBS_NOT_DONE, " and has job '" + job.title() + "' not done yet");
            }
        }
        apply(move, null, stamp);
    }

    /** Gives the order up before it is READY. */
    public void cancel(String reason, Stamp stamp) {
        Transition move = legal(CANCELLED);
        apply(move, required(reason), stamp);
    }

    /** The order's last invoice was posted: READY → INVOICED. */
    public void invoice(Stamp stamp) {
        apply(legal(INVOICED), null, stamp);
    }

    /** Everything billed is paid or written off: INVOICED → CLOSED. */
    public void close(Stamp stamp) {
        apply(legal(CLOSED), null, stamp);
    }

    /**
     * A credit note reopened the billed order for correction: INVOICED or CLOSED → IN_PROGRESS, with the reason; its
     * jobs and lines change again and it is invoiced anew once READY.
     */
    public void reopen(String reason, Stamp stamp) {
        Transition move = legal(IN_PROGRESS);
        if (move.move() != Move.REOPEN) {
            throw new IllegalTransitionException(number, status, IN_PROGRESS);
        }
        apply(move, required(reason), stamp);
    }

    /**
     * Moves to {@code target} through the business method that leads there. APPROVED cannot be requested: it follows
     * from the customer's approval ({@link #approve}); nor can the moves billing makes (invoicing, closing, reopening a
     * billed order).
     */
    public void moveTo(Status target, String reason, Stamp stamp) {
        Transition requested = legal(target);
        if (requested.move().billing()) {
            throw new ConflictException(
                    ProblemType.BILLING_MOVE,
                    "Repair order " + number + " is " + status + "; it moves to " + target
                            + " through billing (posting its invoices, or a credit note that reopens it).",
                    Map.of("currentStatus", status.name(), "requestedStatus", target.name()));
        }
        switch (target) {
            case AWAITING_APPROVAL -> sendForApproval(stamp);
            case IN_PROGRESS -> {
                if (status == ON_HOLD) {
                    resume(stamp);
                } else {
                    startWork(stamp);
                }
            }
            case ON_HOLD -> putOnHold(reason, stamp);
            case READY -> markReady(stamp);
            case CANCELLED -> cancel(reason, stamp);
            case APPROVED -> {
                legal(APPROVED);
                throw new ConflictException(
                        ProblemType.APPROVAL_REQUIRED,
                        "Repair order " + number + " is " + status + "; it becomes APPROVED when the customer approves"
                                + " a job through the approval link or staff record a verbal approval.",
                        Map.of("currentStatus", status.name(), "requestedStatus", APPROVED.name()));
            }
            default -> throw new IllegalTransitionException(number, status, target);
        }
    }

    /** The transition to {@code target} from the current status, or the refusal naming both. */
    public Transition legal(Status target) {
        return transition(status, target).orElseThrow(() -> new IllegalTransitionException(number, status, target));
    }

    private void apply(Transition move, String reason, Stamp stamp) {
        status = move.to();
        statusReason = reason;
        events.add(new RepairOrderMoved(
                tenantId, id, stamp.actorId(), stamp.kind(), move.move(), move.from(), move.to(), reason, stamp.at()));
        touch(stamp);
    }

    // ---- jobs and lines -----------------------------------------------------------------------------------------

    /** Adds a job with its lines (already checked by {@link Pricing#checked}). */
    public Job addJob(Job.JobDetails jobDetails, UUID cannedJob, List<Line> lines, Stamp stamp) {
        requireChangeable();
        if (jobs.size() >= 100) {
            throw new InvalidInputException("jobs", "an order has at most 100 jobs");
        }
        Job job = new Job(JobId.random(), header.pricing(), jobDetails.validated(), cannedJob, List.of());
        lines.forEach(job::addLine);
        jobs.add(job);
        events.add(new JobAdded(
                tenantId,
                id,
                job.id(),
                stamp.actorId(),
                cannedJob,
                job.details(),
                job.lines(),
                job.price().totals().total()));
        touch(stamp);
        return job;
    }

    public void describeJob(JobId jobId, Job.JobDetails change, boolean clearTechnician, Stamp stamp) {
        requireChangeable();
        Job job = existingJob(jobId);
        Job.JobDetails before = job.details();
        job.describe(before.with(change, clearTechnician));
        if (!before.equals(job.details())) {
            events.add(new JobChanged(tenantId, id, jobId, stamp.actorId(), before, job.details()));
            touch(stamp);
        }
    }

    /** Removes a job that holds no approval; an approved job must be declined first. */
    public void removeJob(JobId jobId, Stamp stamp) {
        requireChangeable();
        Job job = existingJob(jobId);
        ApprovalStatus approval = job.approvalStatus();
        if (approval == ApprovalStatus.APPROVED || approval == ApprovalStatus.CHANGED_SINCE_APPROVAL) {
            throw conflict(
                    ProblemType.JOB_APPROVED,
                    " and has job '" + job.title() + "' approved; record a decline before removing it");
        }
        jobs.remove(job);
        events.add(new JobRemoved(tenantId, id, jobId, stamp.actorId(), job.details(), job.lines()));
        touch(stamp);
    }

    /** A technician finished an approved job while the order is in progress. */
    public void completeJob(JobId jobId, Stamp stamp) {
        Job job = existingJob(jobId);
        if (status != IN_PROGRESS) {
            throw conflict(ProblemType.NOT_IN_PROGRESS, "; jobs are marked done while it is IN_PROGRESS");
        }
        if (job.approvalStatus() != ApprovalStatus.APPROVED) {
            throw conflict(
                    ProblemType.JOB_NOT_APPROVED,
                    " and has job '" + job.title() + "' " + job.approvalStatus() + ", not APPROVED");
        }
        if (!job.done()) {
            job.complete(stamp);
            events.add(new JobCompleted(tenantId, id, jobId, stamp.actorId(), stamp.at()));
            touch(stamp);
        }
    }

    public void reopenJob(JobId jobId, Stamp stamp) {
        requireChangeable();
        Job job = existingJob(jobId);
        if (job.done()) {
            job.reopen();
            events.add(new JobReopened(tenantId, id, jobId, stamp.actorId(), stamp.at()));
            touch(stamp);
        }
    }

    public Line addLine(JobId jobId, Line line, Stamp stamp) {
        requireChangeable();
        existingJob(jobId).addLine(line);
        events.add(new LineAdded(tenantId, id, jobId, stamp.actorId(), line));
        touch(stamp);
        return line;
    }

    public void changeLine(JobId jobId, Line line, Stamp stamp) {
        requireChangeable();
        Line before = existingJob(jobId).replaceLine(line);
        if (!before.equals(line)) {
            events.add(new LineChanged(tenantId, id, jobId, stamp.actorId(), before, line));
            touch(stamp);
        }
    }

    public void removeLine(JobId jobId, LineId lineId, Stamp stamp) {
        requireChangeable();
        Line before = existingJob(jobId).removeLine(lineId);
        events.add(new LineRemoved(tenantId, id, jobId, stamp.actorId(), before));
        touch(stamp);
    }

    /** Changes the order's own details; people named in them are checked by the caller. */
    public void change(OrderDetails change, Stamp stamp) {
        change(change, java.util.Set.of(), stamp);
    }

    /** Changes the order's own details and empties {@code cleared}; a field may not be both set and cleared. */
    public void change(OrderDetails change, java.util.Set<OrderDetails.Clearable> cleared, Stamp stamp) {
        requireChangeable();
        for (OrderDetails.Clearable field : cleared) {
            if (change.fields().get(field.field()) != null) {
                throw new InvalidInputException(field.field(), "is both given and cleared");
            }
        }
        OrderDetails before = details;
        details = details.with(change).without(cleared).validated();
        if (!before.equals(details)) {
            events.add(new RepairOrderChanged(tenantId, id, stamp.actorId(), before, details));
            touch(stamp);
        }
    }

    /**
     * Prices the order by the location's new tax rates: a new version of each job. A job whose total stays the same
     * keeps its version hash and so its approval; one whose total changes shows as changed since approval and needs
     * the customer's decision again, while what they approved stays recorded with its own totals. Only an order that
     * still changes may be repriced; nothing happens when the rates are the same.
     */
    public void reprice(Pricing newPricing, Stamp stamp) {
        requireChangeable();
        if (!newPricing.currency().equals(header.pricing().currency())) {
            throw new InvalidInputException("currency", "an order keeps the currency it was opened in");
        }
        if (newPricing.sameRatesAs(header.pricing())) {
            return;
        }
        Pricing before = header.pricing();
        header = new Header(tenantId, id, number, header.visit(), newPricing, header.createdAt());
        jobs.replaceAll(job -> job.pricedBy(newPricing));
        events.add(new RepairOrderEvents.RepairOrderRepriced(tenantId, id, stamp.actorId(), before, newPricing));
        touch(stamp);
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    public TenantId tenantId() {
        return tenantId;
    }

    public RepairOrderId id() {
        return id;
    }

    /** The human-readable number, unique and increasing per tenant. */
    public long number() {
        return number;
    }

    public Header header() {
        return header;
    }

    public Visit visit() {
        return header.visit();
    }

    public OrderDetails details() {
        return details;
    }

    public Status status() {
        return status;
    }

    /** Why the order is on hold or cancelled; null otherwise. */
    public String statusReason() {
        return statusReason;
    }

    public Pricing pricing() {
        return header.pricing();
    }

    public List<Job> jobs() {
        return List.copyOf(jobs);
    }

    public Optional<Job> job(JobId jobId) {
        return jobs.stream().filter(job -> job.id().equals(jobId)).findFirst();
    }

    /**
     * The jobs that are work to do: every job the customer has not declined. A declined job stays on the order (and on
     * the vehicle as deferred work) but is no technician's work and counts in no "done" tally.
     */
    public List<Job> work() {
        return jobs.stream()
                .filter(job -> job.approvalStatus() != ApprovalStatus.DECLINED)
                .toList();
    }

    /**
     * The customer's concerns still open as work: all of them except those that only declined jobs answer (a concern
     * is answered by a job whose complaint or title reads the same, ignoring case and surrounding space).
     */
    public List<String> openConcerns() {
        Set<String> declined = new HashSet<>();
        Set<String> worked = new HashSet<>();
        for (Job job : jobs) {
            Set<String> answers = job.approvalStatus() == ApprovalStatus.DECLINED ? declined : worked;
            answers.add(concernKey(job.title()));
            answers.add(concernKey(job.details().complaint()));
        }
        return details.concerns().stream()
                .filter(concern -> !declined.contains(concernKey(concern)) || worked.contains(concernKey(concern)))
                .toList();
    }

    private static String concernKey(String text) {
        return text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Totals of every job not declined: what the order comes to if all that is proposed or approved is done. */
    public Totals totals() {
        return jobs.stream()
                .filter(job -> job.approvalStatus() != ApprovalStatus.DECLINED)
                .map(job -> job.price().totals())
                .reduce(Totals.zero(header.pricing().currency()), Totals::plus);
    }

    /** Whether the user is assigned to the order or to one of its jobs. */
    public boolean isAssignedTo(UUID user) {
        return details.technicianIds().contains(user) || jobs.stream().anyMatch(job -> user.equals(job.technicianId()));
    }

    /** Every technician assigned to the order or to a job. */
    public Set<UUID> technicians() {
        Set<UUID> all = new HashSet<>(details.technicianIds());
        jobs.stream().map(Job::technicianId).filter(java.util.Objects::nonNull).forEach(all::add);
        return all;
    }

    public Instant createdAt() {
        return header.createdAt();
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The stored version this order was read at; a save succeeds only if it is still current. */
    public int version() {
        return version;
    }

    /** Called by the repository once the order is saved at the next version. */
    public void saved(int newVersion) {
        version = newVersion;
    }

    /** Whether anything happened to the order since it was read (or last saved). */
    public boolean hasNews() {
        return !events.isEmpty();
    }

    /** The events registered since the order was read, in order; the list is emptied. */
    public List<RepairOrderEvent> drainEvents() {
        List<RepairOrderEvent> drained = List.copyOf(events);
        events.clear();
        return drained;
    }

    private Job existingJob(JobId jobId) {
        return job(jobId).orElseThrow(() -> new NotFoundException("Job"));
    }

    private void requireChangeable() {
        if (!status.acceptsChanges()) {
            throw conflict(ProblemType.ORDER_CLOSED, "; it can no longer change");
        }
    }

    private void touch(Stamp stamp) {
        updatedAt = stamp.at();
    }

    ConflictException conflict(ProblemType type, String what) {
        return new ConflictException(
                type, "Repair order " + number + " is " + status + what + ".", Map.of("currentStatus", status.name()));
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "required");
        }
        if (reason.length() > 500) {
            throw new InvalidInputException("reason", "at most 500 characters");
        }
        return reason.strip();
    }

    /** The customer's answer on one job; {@code expectedVersionHash}, if given, must be the job's current version. */
    public record JobDecision(JobId jobId, JobApproval.Decision decision, String expectedVersionHash) {}
}
