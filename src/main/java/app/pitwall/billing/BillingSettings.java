package app.pitwall.billing;

import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.ProblemType;
import java.math.BigDecimal;

/**
 * The owner's billing rules: the checks a posting must pass (odometer out entered, a technician on every job with
 * labor, every billed job done: on by default; no part still on order: off, and refused until inventory exists),
 * whether invoices are numbered per location or across the tenant and with which prefixes, and the credit amount up
 * to which a service advisor may issue a credit note (above it needs {@code invoices:credit-above-limit}).
 */
public record BillingSettings(
        boolean checkOdometerOut,
        boolean checkTechnicians,
        boolean checkJobsDone,
        boolean checkPartsReceived,
        Scope numberingScope,
        String invoicePrefix,
        String creditNotePrefix,
        BigDecimal advisorCreditLimit) {

    /** Where a number series runs. */
    public enum Scope {
        LOCATION,
        TENANT
    }

    public static final BillingSettings DEFAULTS =
            new BillingSettings(true, true, true, false, Scope.LOCATION, "INV-", "CN-", new BigDecimal("100.00"));

    public BillingSettings {
        if (numberingScope == null) {
            throw new InvalidInputException("numberingScope", "required: LOCATION or TENANT");
        }
        invoicePrefix = prefix("invoicePrefix", invoicePrefix);
        creditNotePrefix = prefix("creditNotePrefix", creditNotePrefix);
        if (invoicePrefix.equals(creditNotePrefix)) {
            throw new InvalidInputException("creditNotePrefix", "must differ from the invoice prefix");
        }
        if (advisorCreditLimit == null
                || advisorCreditLimit.signum() < 0
                || advisorCreditLimit.compareTo(new BigDecimal("1000000")) > 0
                || advisorCreditLimit.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(
                    "advisorCreditLimit", "an amount from 0 to 1000000 with at most 2 decimal places");
        }
        advisorCreditLimit = advisorCreditLimit.signum() == 0 ? BigDecimal.ZERO : advisorCreditLimit.stripTrailingZeros();
        if (checkPartsReceived) {
            throw new ConflictException(
                    ProblemType.SETTING_UNAVAILABLE,
                    "Checking that no part is still on order needs the inventory module, which is not installed.");
        }
    }

    private static String prefix(String field, String prefix) {
        if (prefix == null) {
            throw new InvalidInputException(field, "required (may be empty)");
        }
        if (!prefix.matches("[A-Za-z0-9/#._-]{0,20}")) {
            throw new InvalidInputException(field, "at most 20 letters, digits and - _ . / #");
        }
        return prefix;
    }
}
