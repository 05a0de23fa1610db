package app.pitwall.billing;

import java.util.UUID;

/** The identity of an invoice or a credit note. */
public record InvoiceId(UUID value) {

    public static InvoiceId random() {
        return new InvoiceId(UUID.randomUUID());
    }
}
