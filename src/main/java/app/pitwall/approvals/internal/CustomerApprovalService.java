package app.pitwall.approvals.internal;

import app.pitwall.approvals.ApprovalLinkRefused;
import app.pitwall.approvals.ApprovalLinkRefused.Reason;
import app.pitwall.approvals.CustomerApprovals;
import app.pitwall.platform.ActingParty;
import app.pitwall.platform.CardNumbers;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import app.pitwall.repairorders.Consent;
import app.pitwall.repairorders.CustomerDecisions;
import app.pitwall.repairorders.Estimate;
import app.pitwall.repairorders.JobApproval;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.Stamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The approval link, used by a customer who is not signed in. The token names the tenant, so each use runs inside
 * that tenant (and row-level security holds as for staff); it finds only the one order its hash was issued for.
 * Every view is counted with the view; every submission is counted in a transaction of its own before anything else,
 * so refused submissions count towards the link's limit too.
 */
@Service
class CustomerApprovalService implements CustomerApprovals {

    private final ApprovalTokens tokens;
    private final ApprovalRequestRows requests;
    private final CustomerDecisions orders;
    private final ApprovalProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CustomerApprovalService(
            ApprovalTokens tokens,
            ApprovalRequestRows requests,
            CustomerDecisions orders,
            ApprovalProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.tokens = tokens;
        this.requests = requests;
        this.orders = orders;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Estimate show(String token) {
        ApprovalTokens.Presented presented = tokens.parse(token).orElseThrow(() -> refused(Reason.UNKNOWN));
        return inTenant(presented, () -> {
            ApprovalRequestRows.Request request = requests.use(presented.tenant(), presented.hash(), false)
                    .orElseThrow(() -> refused(Reason.UNKNOWN));
            if (request.views() > properties.maxViews()) {
                throw refused(Reason.TOO_MANY_ATTEMPTS);
            }
            return orders.estimate(usable(presented, request, false), request.expiresAt());
        });
    }

    @Override
    public TenantId shopOf(String token) {
        ApprovalTokens.Presented presented = tokens.parse(token).orElseThrow(() -> refused(Reason.UNKNOWN));
        return inTenant(presented, () -> {
            ApprovalRequestRows.Request request =
                    requests.find(presented.tenant(), presented.hash()).orElseThrow(() -> refused(Reason.UNKNOWN));
            if (request.supersededAt() != null) {
                throw refused(Reason.REPLACED);
            }
            if (!clock.instant().isBefore(request.expiresAt())) {
                throw refused(Reason.EXPIRED);
            }
            return presented.tenant();
        });
    }

    @Override
    public Estimate answer(String token, CustomerAnswer answer, String sourceAddress, String userAgent) {
        ApprovalTokens.Presented presented = tokens.parse(token).orElseThrow(() -> refused(Reason.UNKNOWN));
        ApprovalRequestRows.Request counted = counted(presented, true);
        if (counted.submissions() > properties.maxSubmissions()) {
            throw refused(Reason.TOO_MANY_ATTEMPTS);
        }
        String signature = signature(answer.signature());
        List<RepairOrder.JobDecision> decisions = answer.decisions() == null ? List.of() : answer.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i) == null || decisions.get(i).expectedVersionHash() == null) {
                throw new InvalidInputException(
                        "decisions[" + i + "].versionHash", "required: the version you were shown");
            }
        }
        ApprovalLink link = new ApprovalLink(presented.tenant(), counted.id().toString());
        return TenantScope.callAs(
                link,
                () -> transactions.execute(status -> {
                    ApprovalRequestRows.Request request = requests.find(presented.tenant(), presented.hash())
                            .orElseThrow(() -> refused(Reason.UNKNOWN));
                    RepairOrder order = usable(presented, request, true);
                    Instant now = clock.instant();
                    Stamp stamp = Stamp.customer(signature, now);
                    Consent consent = new Consent(
                            JobApproval.Method.LINK, signature, now, counted.id(), sourceAddress, truncated(userAgent));
                    orders.recordFromLink(order, decisions, consent, stamp);
                    return orders.estimate(order, counted.expiresAt());
                }));
    }

    /** Counts this use of the link in a transaction of its own, so that it stays counted whatever follows. */
    private ApprovalRequestRows.Request counted(ApprovalTokens.Presented presented, boolean submission) {
        return inTenant(presented, () -> requests.use(presented.tenant(), presented.hash(), submission))
                .orElseThrow(() -> refused(Reason.UNKNOWN));
    }

    /** The order of a link still in force (locked for a decision); inside the tenant's transaction. */
    private RepairOrder usable(
            ApprovalTokens.Presented presented, ApprovalRequestRows.Request request, boolean forDecision) {
        if (request.supersededAt() != null) {
            throw refused(Reason.REPLACED);
        }
        if (!clock.instant().isBefore(request.expiresAt())) {
            throw refused(Reason.EXPIRED);
        }
        RepairOrder order = orders.orderOfLink(presented.tenant(), request.order(), forDecision)
                .orElseThrow(() -> refused(Reason.UNKNOWN));
        if (!order.status().acceptsChanges()) {
            throw refused(Reason.CLOSED);
        }
        return order;
    }

    /** The customer acting through one approval link: what the audit trail names as the actor of a decision. */
    record ApprovalLink(TenantId tenantId, String partyId) implements ActingParty {

        @Override
        public String partyKind() {
            return "approval-link";
        }
    }

    private <T> T inTenant(ApprovalTokens.Presented presented, java.util.function.Supplier<T> work) {
        return TenantScope.callAs(presented.tenant(), () -> transactions.execute(status -> work.get()));
    }

    private static String signature(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInputException("signature", "type your name to sign");
        }
        if (typed.strip().length() > 200) {
            throw new InvalidInputException("signature", "at most 200 characters");
        }
        if (CardNumbers.containsCardNumber(typed)) {
            throw new InvalidInputException("signature", "looks like a payment card number");
        }
        return typed.strip();
    }

    private static String truncated(String userAgent) {
        return userAgent == null || userAgent.length() <= 300 ? userAgent : userAgent.substring(0, 300);
    }

    private static ApprovalLinkRefused refused(Reason reason) {
        return new ApprovalLinkRefused(reason);
    }
}
