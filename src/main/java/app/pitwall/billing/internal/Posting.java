package app.pitwall.billing.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.Scope;
import app.pitwall.billing.BillingSettings;
import app.pitwall.billing.Invoice;
import app.pitwall.billing.InvoiceId;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.repairorders.OrderBilling;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrders;
import app.pitwall.tenancy.ActorLocations;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Posts documents: an invoice after the tenant's checks pass (a refusal lists every unmet check and changes
 * nothing), a credit note as it is issued. Each takes the next number of its series in the caller's transaction;
 * posting the last draft of a READY order with nothing left to bill moves the order to INVOICED in the same
 * transaction.
 */
@Component
class Posting {

    private final InvoiceRows rows;
    private final NumberSeries series;
    private final BillingSettingsRows settings;
    private final RepairOrders orders;
    private final OrderBilling orderBilling;
    private final ActorLocations locations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Posting(
            InvoiceRows rows,
            NumberSeries series,
            BillingSettingsRows settings,
            RepairOrders orders,
            OrderBilling orderBilling,
            ActorLocations locations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rows = rows;
        this.series = series;
        this.settings = settings;
        this.orders = orders;
        this.orderBilling = orderBilling;
        this.locations = locations;
        this.events = events;
        this.clock = clock;
    }

    Invoice post(Actor actor, InvoiceId id, Integer expectedVersion) {
        Invoice invoice = rows.find(Scope.of(actor), id, true).orElseThrow(() -> new NotFoundException("Invoice"));
        Versions.check(expectedVersion, invoice.version(), "invoice");
        invoice.requireDraft();
        RepairOrder order = orders.find(actor, invoice.header().orderId())
                .orElseThrow(() -> new NotFoundException("Repair order"));
        BillingSettings rules = settings.read(actor.tenantId(), false).settings();
        List<PostingChecks.Unmet> unmet = PostingChecks.unmet(rules, invoice, order);
        if (!unmet.isEmpty()) {
            throw new ConflictException(
                    ProblemType.POSTING_CHECKS_FAILED,
                    "The invoice cannot be posted yet: "
                            + String.join(" ", unmet.stream().map(PostingChecks.Unmet::detail).toList()),
                    Map.of("unmet", unmet));
        }
        numberAndSave(actor, invoice, rules);
        BilledWork billed = new BilledWork(rows.ofOrder(actor.tenantId(), order.id()), rows);
        if (order.status() == RepairOrder.Status.READY && !billed.anyDraft() && billed.unbilled(order).isEmpty()) {
            orderBilling.invoiced(actor, order.id());
        }
        return invoice;
    }

    /** Numbers a draft (an invoice that passed its checks, or a credit note just written) and posts it. */
    void numberAndSave(Actor actor, Invoice invoice, BillingSettings rules) {
        NumberSeries.Taken taken = series.next(
                actor.tenantId(), invoice.header().document(), invoice.header().locationId(), rules);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(
                now, locations.of(actor.tenantId(), invoice.header().locationId()).timeZone());
        invoice.post(new Invoice.Numbering(
                taken.number(), taken.scope(), taken.sequence(), now, actor.userId(),
                today.plusDays(invoice.billTo().terms().days())));
        invoice.saved(invoice.version() + 1);
        rows.posted(invoice);
        invoice.drainEvents().forEach(events::publishEvent);
    }
}
