package app.pitwall.billing.receivables;

import app.pitwall.platform.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A posted invoice as receivables see it: whom it bills (its payer, or the customer when it has none), when it is due,
 * and what is left of it after credit notes and payments.
 *
 * @param payer the insurer, warranty company or fleet account billed, or null when the customer is
 */
public record OpenInvoice(
        UUID id, String number, Debtor customer, Debtor payer, LocalDate due, Money total, Money credited, Money paid) {

    public OpenInvoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(due, "due");
        for (Money amount : new Money[] {total, credited, paid}) {
            if (amount.signum() < 0) {
                throw new IllegalArgumentException(number + " has a negative amount: " + amount);
            }
            if (!amount.currency().equals(total.currency())) {
                throw new IllegalArgumentException(number + " mixes " + amount.currency() + " and " + total.currency());
            }
        }
        if (customer.kind() != Debtor.Kind.CUSTOMER || (payer != null && payer.kind() != Debtor.Kind.PAYER)) {
            throw new IllegalArgumentException(number + " names its customer and payer the wrong way round");
        }
    }

    /** This invoice with its customer's name as the customers module gives it. */
    public OpenInvoice withCustomerName(String name) {
        return new OpenInvoice(
                id, number, new Debtor(customer.kind(), customer.id(), name), payer, due, total, credited, paid);
    }

    /** What is still owed on it: the total less what credit notes took back and what was paid. */
    public Money balance() {
        return total.minus(credited).minus(paid);
    }

    /** Who owes the balance: the payer when the invoice bills one, otherwise the customer. */
    public Debtor owedBy() {
        return payer != null ? payer : customer;
    }

    public AgingBucket bucket(LocalDate asOf) {
        return AgingBucket.of(due, asOf);
    }
}
