package app.pitwall.billing;

import app.pitwall.platform.Auditable;
import app.pitwall.platform.Money;
import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.RepairOrderId;
import java.util.UUID;

/**
 * What happens in billing, as typed records: ids, amounts as {@link Money} per line kind and per tax, the payer, the
 * number given. Every event carries the tenant and the acting staff member. Invoice events are financial (their
 * actions start with {@code invoice.}), so bookkeepers read them in the audit trail.
 */
public final class BillingEvents {

    private BillingEvents() {}

    /** An event about one invoice or credit note, its subject. */
    public sealed interface BillingEvent extends Auditable
            permits InvoiceDrafted, InvoiceChanged, InvoiceDeleted, InvoicePosted, CreditNoteIssued {

        InvoiceId invoiceId();

        @Override
        default Subject subject() {
            return Subject.of("invoice", invoiceId().value());
        }
    }

    /** What of a draft staff change. */
    public record DraftState(String notes) {}

    /** An invoice was drafted from an order, one of the {@code splitGroup} drafted together. */
    public record InvoiceDrafted(
            TenantId tenantId,
            InvoiceId invoiceId,
            UUID actorId,
            UUID locationId,
            RepairOrderId repairOrderId,
            UUID splitGroup,
            BillTo.Party party,
            UUID payerId,
            InvoiceAmounts after)
            implements BillingEvent {

        @Override
        public String action() {
            return "invoice.drafted";
        }
    }

    public record InvoiceChanged(
            TenantId tenantId,
            InvoiceId invoiceId,
            UUID actorId,
            UUID locationId,
            DraftState before,
            DraftState after)
            implements BillingEvent {

        @Override
        public String action() {
            return "invoice.changed";
        }
    }

    /** A draft was deleted; it had no number. */
    public record InvoiceDeleted(
            TenantId tenantId,
            InvoiceId invoiceId,
            UUID actorId,
            UUID locationId,
            RepairOrderId repairOrderId,
            Money total)
            implements BillingEvent {

        @Override
        public String action() {
            return "invoice.deleted";
        }
    }

    /** An invoice was posted with its number: final from now on. */
    public record InvoicePosted(
            TenantId tenantId,
            InvoiceId invoiceId,
            UUID actorId,
            UUID locationId,
            RepairOrderId repairOrderId,
            String number,
            InvoiceAmounts after)
            implements BillingEvent {

        @Override
        public String action() {
            return "invoice.posted";
        }
    }

    /** A credit note ({@code invoiceId}) was issued and posted against the {@code credits} invoice. */
    public record CreditNoteIssued(
            TenantId tenantId,
            InvoiceId invoiceId,
            UUID actorId,
            UUID locationId,
            InvoiceId credits,
            String number,
            String reason,
            InvoiceAmounts after)
            implements BillingEvent {

        @Override
        public String action() {
            return "invoice.credited";
        }
    }

    /** What a payer is, as events tell it. */
    public record PayerState(
            Payer.Kind kind,
            String name,
            Payer.Address address,
            Payer.Terms terms,
            Payer.Contact contact,
            boolean taxExempt) {

        public static PayerState of(Payer payer) {
            return new PayerState(
                    payer.kind(), payer.name(), payer.address(), payer.terms(), payer.contact(), payer.taxExempt());
        }
    }

    public record PayerAdded(TenantId tenantId, PayerId payerId, UUID actorId, PayerState after) implements Auditable {

        @Override
        public String action() {
            return "payer.added";
        }

        @Override
        public Subject subject() {
            return Subject.of("payer", payerId.value());
        }
    }

    public record PayerChanged(TenantId tenantId, PayerId payerId, UUID actorId, PayerState before, PayerState after)
            implements Auditable {

        @Override
        public String action() {
            return "payer.changed";
        }

        @Override
        public Subject subject() {
            return Subject.of("payer", payerId.value());
        }
    }

    public record BillingSettingsChanged(
            TenantId tenantId, UUID actorId, BillingSettings before, BillingSettings after) implements Auditable {

        @Override
        public String action() {
            return "tenant.billing-settings-changed";
        }

        @Override
        public Subject subject() {
            return Subject.of("tenant", tenantId.value());
        }
    }
}
