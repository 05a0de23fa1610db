package app.pitwall.billing;

import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.Money;
import java.util.UUID;

/**
 * Who pays an invoice: the order's customer, a payer of the directory (insurance, warranty, fleet) or the shop itself
 * (internal work and goodwill), with an insurer's claim. {@code taxExempt} is the payer's exemption at drafting time:
 * an exempt payer's invoice carries no tax (the tax it would have carried is its exempted tax). The shop does not
 * charge itself tax.
 *
 * @param payerId the directory's payer, null for the customer and the shop
 * @param name the payer's name as printed, kept as drafted
 */
public record BillTo(Party party, PayerId payerId, String name, boolean taxExempt, Payer.Terms terms, Claim claim) {

    /** Who pays. */
    public enum Party {
        CUSTOMER,
        INSURANCE,
        WARRANTY,
        FLEET,
        SHOP
    }

    /** An insurer's claim: its numbers and the deductible the customer pays (subtracted from the insurer's share). */
    public record Claim(String claimNumber, String policyNumber, String adjuster, Money deductible) {}

    public BillTo {
        if (claim != null && party != Party.INSURANCE) {
            throw new InvalidInputException("claimNumber", "only an insurance company's share has a claim");
        }
    }

    public static BillTo customer(String name, boolean taxExempt) {
        return new BillTo(Party.CUSTOMER, null, name, taxExempt, Payer.Terms.DUE_ON_RECEIPT, null);
    }

    public static BillTo shop() {
        return new BillTo(Party.SHOP, null, "Internal / goodwill", true, Payer.Terms.DUE_ON_RECEIPT, null);
    }

    public static BillTo of(Payer payer, Claim claim) {
        return new BillTo(Party.valueOf(payer.kind().name()), payer.id(), payer.name(), payer.taxExempt(), payer.terms(),
                claim);
    }

    /** The payer's identity for comparing shares: the customer, the shop, or one directory payer. */
    public Object key() {
        return payerId != null ? payerId : party;
    }

    public Money deductible() {
        return claim == null ? null : claim.deductible();
    }

    public UUID payerUuid() {
        return payerId == null ? null : payerId.value();
    }
}
