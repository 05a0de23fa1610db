package app.pitwall.billing.receivables;

import java.util.Objects;
import java.util.UUID;

/** Someone invoices are billed to: a customer, or a payer (insurer, warranty company, fleet account) from the directory. */
public record Debtor(Kind kind, UUID id, String name) {

    /** Whether the debtor is a customer or a payer of the directory. */
    public enum Kind {
        CUSTOMER,
        PAYER
    }

    public Debtor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
    }

    public static Debtor customer(UUID id, String name) {
        return new Debtor(Kind.CUSTOMER, id, name);
    }

    public static Debtor payer(UUID id, String name) {
        return new Debtor(Kind.PAYER, id, name);
    }
}
