package app.pitwall.billing.internal;

import app.pitwall.access.Actor;

import app.pitwall.billing.BillTo;
import app.pitwall.billing.Invoice;
import app.pitwall.billing.InvoiceId;
import app.pitwall.billing.InvoiceRequests;
import app.pitwall.billing.Payer;
import app.pitwall.billing.Payers;
import app.pitwall.billing.Split;
import app.pitwall.billing.Splitting;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.Money;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderId;
import app.pitwall.repairorders.RepairOrders;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Drafts the invoices of a repair order: reads the order through its module's public API (so its pricing is the
 * order's own), takes its approved jobs not yet billed, resolves each share's payer within the tenant (another
 * tenant's payer is "not found") and splits. Drafting for one order is serialized by a transaction-scoped advisory lock
 * on the order, so two advisors cannot bill the same job twice. Runs in the caller's transaction.
 */
@Component
class Drafting {

    private final RepairOrders orders;
    private final Payers payers;
    private final InvoiceRows rows;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Drafting(
            RepairOrders orders,
            Payers payers,
            InvoiceRows rows,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.orders = orders;
        this.payers = payers;
        this.rows = rows;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    List<Invoice> draft(Actor actor, RepairOrderId orderId, InvoiceRequests.Draft request, Integer expectedVersion) {
        RepairOrder order = orders.find(actor, orderId).orElseThrow(() -> new NotFoundException("Repair order"));
        lock(orderId);
        order = orders.find(actor, orderId).orElseThrow(() -> new NotFoundException("Repair order"));
        Versions.check(expectedVersion, order.version(), "repair order");
        if (order.status() != RepairOrder.Status.READY && order.status() != RepairOrder.Status.IN_PROGRESS) {
            throw new ConflictException(
                    ProblemType.NOT_INVOICEABLE,
                    "Repair order " + order.number() + " is " + order.status()
                            + "; invoices are drafted from a READY order, or an IN_PROGRESS one for a progress invoice.",
                    Map.of("currentStatus", order.status().name()));
        }
        List<Job> unbilled = new BilledWork(rows.ofOrder(actor.tenantId(), orderId), rows).unbilled(order);
        if (unbilled.isEmpty()) {
            throw new ConflictException(
                    ProblemType.NOTHING_TO_INVOICE,
                    "Repair order " + order.number() + " has no approved"
                            + (order.status() == RepairOrder.Status.IN_PROGRESS ? ", finished" : "")
                            + " job that is not on an invoice already.");
        }
        BillTo customer = BillTo.customer(order.visit().customerName(), false);
        Split split = split(actor, order, request);
        List<Splitting.Drafted> drafted = Splitting.split(order.pricing(), unbilled, split, customer);
        UUID group = UUID.randomUUID();
        List<Invoice> made = new ArrayList<>();
        for (Splitting.Drafted one : drafted) {
            Invoice invoice = Invoice.draft(header(actor, order, group), one, request.notes());
            rows.insert(invoice);
            invoice.drainEvents().forEach(events::publishEvent);
            made.add(invoice);
        }
        return made;
    }

    private Invoice.Header header(Actor actor, RepairOrder order, UUID group) {
        return new Invoice.Header(
                actor.tenantId(),
                InvoiceId.random(),
                Invoice.Document.INVOICE,
                order.id(),
                order.number(),
                order.visit().locationId(),
                order.visit().customerId(),
                order.visit().vehicleId(),
                group,
                order.status() == RepairOrder.Status.IN_PROGRESS,
                null,
                clock.instant(),
                actor.userId());
    }

    private Split split(Actor actor, RepairOrder order, InvoiceRequests.Draft request) {
        List<Split.Share> shares = new ArrayList<>();
        for (int i = 0; i < request.shares().size(); i++) {
            InvoiceRequests.Share share = request.shares().get(i);
            shares.add(new Split.Share(billTo(actor, order, share, "shares[" + i + "]"), share.jobIds(),
                    share.lineIds(), share.percent()));
        }
        Split.Basis basis = request.basis() != null ? request.basis() : Split.Basis.WHOLE;
        return new Split(basis, shares);
    }

    private BillTo billTo(Actor actor, RepairOrder order, InvoiceRequests.Share share, String field) {
        if (share.payerId() == null) {
            if (share.party() == BillTo.Party.CUSTOMER) {
                noClaim(share, field);
                return BillTo.customer(order.visit().customerName(), false);
            }
            if (share.party() == BillTo.Party.SHOP) {
                noClaim(share, field);
                return BillTo.shop();
            }
            throw new InvalidInputException(field + ".payerId", "required unless the party is CUSTOMER or SHOP");
        }
        Payer payer = payers.find(actor, share.payerId()).orElseThrow(() -> new NotFoundException("Payer"));
        if (share.party() != null && !share.party().name().equals(payer.kind().name())) {
            throw new InvalidInputException(field + ".party", "the payer is " + payer.kind() + ", not " + share.party());
        }
        if (payer.kind() != Payer.Kind.INSURANCE) {
            noClaim(share, field);
            return BillTo.of(payer, null);
        }
        return BillTo.of(payer, new BillTo.Claim(
                text(share.claimNumber(), field + ".claimNumber"),
                text(share.policyNumber(), field + ".policyNumber"),
                text(share.adjuster(), field + ".adjuster"),
                deductible(share.deductible(), order, field + ".deductible")));
    }

    private static void noClaim(InvoiceRequests.Share share, String field) {
        if (share.claimNumber() != null || share.policyNumber() != null || share.adjuster() != null
                || share.deductible() != null) {
            throw new InvalidInputException(field + ".claimNumber", "only an insurance company's share has a claim");
        }
    }

    private static Money deductible(java.math.BigDecimal amount, RepairOrder order, String field) {
        if (amount == null) {
            return Money.zero(order.pricing().currency());
        }
        if (amount.signum() < 0) {
            throw new InvalidInputException(field, "must not be negative");
        }
        if (!Money.fitsMinorUnit(amount, order.pricing().currency())) {
            throw new InvalidInputException(field, "at most " + order.pricing().scale() + " decimal places");
        }
        return Money.exact(amount, order.pricing().currency());
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > 100) {
            throw new InvalidInputException(field, "at most 100 characters");
        }
        if (app.pitwall.platform.CardNumbers.containsCardNumber(value)) {
            throw new InvalidInputException(field, "looks like a payment card number; Pitwall never stores those");
        }
        return value.strip();
    }

    private void lock(RepairOrderId order) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(CAST(? AS text), 11))")
                .param(order.value())
                .query((rs, n) -> 1)
                .single();
    }

}
