package app.pitwall.approvals.internal;

import app.pitwall.access.Actor;
import app.pitwall.approvals.ApprovalEvents;
import app.pitwall.approvals.Approvals;
import app.pitwall.identity.SiteProperties;
import app.pitwall.platform.CardNumbers;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.repairorders.Consent;
import app.pitwall.repairorders.CustomerDecisions;
import app.pitwall.repairorders.JobApproval;
import app.pitwall.repairorders.JobId;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends estimates with approval links and records verbal decisions, for staff with {@code repair-orders:transition}. */
@Service
@Transactional
class StaffApprovalService implements Approvals {

    private final CustomerDecisions orders;
    private final ApprovalRequestRows requests;
    private final ApprovalTokens tokens;
    private final ApprovalProperties properties;
    private final SiteProperties site;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffApprovalService(
            CustomerDecisions orders,
            ApprovalRequestRows requests,
            ApprovalTokens tokens,
            ApprovalProperties properties,
            SiteProperties site,
            ApplicationEventPublisher events,
            Clock clock) {
        this.orders = orders;
        this.requests = requests;
        this.tokens = tokens;
        this.properties = properties;
        this.site = site;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ApprovalLink requestApproval(Actor actor, RepairOrderId id, Integer expectedVersion) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        RepairOrder order = orders.sendEstimate(actor, id, expectedVersion);
        requests.supersedeAll(actor.tenantId(), id, now);
        ApprovalTokens.Issued issued = tokens.issue(actor.tenantId());
        UUID request = UUID.randomUUID();
        // stored as PostgreSQL keeps it (microseconds), so the link expires exactly when it says
        Instant expires = now.plus(properties.linkLifetime());
        requests.insert(actor.tenantId(), request, id, issued.hash(), actor.userId(), now, expires);
        Map<String, String> versions = new LinkedHashMap<>();
        order.jobs().forEach(job -> versions.put(job.id().value().toString(), job.versionHash()));
        events.publishEvent(
                new ApprovalEvents.ApprovalRequested(actor.tenantId(), id, request, actor.userId(), expires, versions));
        return new ApprovalLink(
                request, site.publicUrl() + "/approvals/" + issued.token(), issued.token(), expires, order);
    }

    @Override
    public RepairOrder recordVerbal(Actor actor, RepairOrderId id, VerbalApproval approval, Integer expectedVersion) {
        List<JobId> approved = approval.approvedJobs() == null ? List.of() : approval.approvedJobs();
        List<JobId> declined = approval.declinedJobs() == null ? List.of() : approval.declinedJobs();
        Instant now = clock.instant();
        Instant at = approval.at() == null ? now : approval.at();
        RepairOrder order = orders.recordVerbal(
                actor,
                id,
                draft -> {
                    checkVerbal(approval, approved, declined, at, now);
                    check(draft, approved, "jobIds");
                    check(draft, declined, "declinedJobIds");
                    List<RepairOrder.JobDecision> decisions = new ArrayList<>();
                    approved.forEach(job ->
                            decisions.add(new RepairOrder.JobDecision(job, JobApproval.Decision.APPROVED, null)));
                    declined.forEach(job ->
                            decisions.add(new RepairOrder.JobDecision(job, JobApproval.Decision.DECLINED, null)));
                    return new CustomerDecisions.VerbalDecision.Decided(
                            decisions,
                            new Consent(approval.method(), name(approval.authorizedBy()), at, null, null, null));
                },
                expectedVersion);
        events.publishEvent(new ApprovalEvents.VerbalApprovalRecorded(
                actor.tenantId(),
                id,
                actor.userId(),
                approved,
                declined,
                name(approval.authorizedBy()),
                approval.method(),
                at));
        return order;
    }

    @Override
    @Transactional(readOnly = true)
    public List<JobApproval> decisions(Actor actor, RepairOrderId id) {
        return orders.decisions(actor, id);
    }

    /** The rules of a verbal decision itself, checked once the order is known to exist. */
    private static void checkVerbal(
            VerbalApproval approval, List<JobId> approved, List<JobId> declined, Instant at, Instant now) {
        if (approval.method() == null || !approval.method().verbal()) {
            throw new InvalidInputException("method", "PHONE or IN_PERSON");
        }
        name(approval.authorizedBy());
        if (at.isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw new InvalidInputException("at", "must not be in the future");
        }
        if (approved.isEmpty() && declined.isEmpty()) {
            throw new InvalidInputException("jobIds", "name at least one job approved or declined");
        }
        Set<JobId> seen = new HashSet<>();
        for (JobId job : concat(approved, declined)) {
            if (!seen.add(job)) {
                throw new InvalidInputException("jobIds", "each job at most once");
            }
        }
    }

    private static void check(RepairOrder order, List<JobId> jobs, String field) {
        for (int i = 0; i < jobs.size(); i++) {
            if (jobs.get(i) == null || order.job(jobs.get(i)).isEmpty()) {
                throw new InvalidInputException(field + "[" + i + "]", "no such job on this order");
            }
        }
    }

    static String name(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInputException("approvedBy", "required");
        }
        if (typed.strip().length() > 200) {
            throw new InvalidInputException("approvedBy", "at most 200 characters");
        }
        if (CardNumbers.containsCardNumber(typed)) {
            throw new InvalidInputException("approvedBy", "looks like a payment card number");
        }
        return typed.strip();
    }

    private static List<JobId> concat(List<JobId> first, List<JobId> second) {
        List<JobId> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
