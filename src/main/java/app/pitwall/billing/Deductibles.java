package app.pitwall.billing;

import static app.pitwall.billing.Splitting.refused;

import app.pitwall.platform.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * An insurer's deductible stays with the customer: it is subtracted from the insurer's invoice and added to the
 * customer's, so the insurer pays what it covers less the deductible and the customer the deductible, what no one
 * else covers and their tax. A deductible above what the insurer's invoice comes to is refused, as is any invoice of
 * a split that would come to less than zero.
 */
final class Deductibles {

    private Deductibles() {}

    static List<Splitting.Drafted> apply(List<Splitting.Drafted> drafted, Currency currency) {
        List<Splitting.Drafted> result = new ArrayList<>(drafted);
        for (int p = 0; p < result.size(); p++) {
            Money deductible = result.get(p).billTo().deductible();
            if (deductible == null || deductible.isZero()) {
                continue;
            }
            Splitting.Drafted insurer = result.get(p);
            if (deductible.compareTo(insurer.amounts().total()) > 0) {
                throw refused("The deductible of " + deductible + " is more than the " + insurer.amounts().total()
                        + " the insurer's share comes to.");
            }
            String what = "Deductible" + claim(insurer.billTo());
            result.set(p, with(insurer, what, Money.zero(currency).minus(deductible)));
            int customer = customerIndex(result);
            result.set(customer, with(result.get(customer), what, deductible));
        }
        for (Splitting.Drafted invoice : result) {
            if (invoice.amounts().total().signum() < 0) {
                throw refused("The share of " + invoice.billTo().name() + " would come to "
                        + invoice.amounts().total() + "; a discount must go with what it discounts.");
            }
        }
        return result;
    }

    private static String claim(BillTo insurer) {
        String number = insurer.claim().claimNumber();
        return number == null ? "" : ", claim " + number;
    }

    private static Splitting.Drafted with(Splitting.Drafted invoice, String description, Money amount) {
        List<InvoiceLine> lines = new ArrayList<>(invoice.lines());
        lines.add(new InvoiceLine(
                lines.size() + 1, null, null, InvoiceLine.Kind.DEDUCTIBLE, description, null, null, null, amount, 0));
        InvoiceAmounts before = invoice.amounts();
        return new Splitting.Drafted(
                invoice.billTo(),
                List.copyOf(lines),
                InvoiceAmounts.of(before.currency(), lines, before.taxes(), before.exemptedTax()));
    }

    private static int customerIndex(List<Splitting.Drafted> drafted) {
        for (int p = 0; p < drafted.size(); p++) {
            if (drafted.get(p).billTo().party() == BillTo.Party.CUSTOMER) {
                return p;
            }
        }
        throw new IllegalStateException("a split with a deductible always has the customer's share");
    }
}
