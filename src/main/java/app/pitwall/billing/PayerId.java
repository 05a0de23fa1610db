package app.pitwall.billing;

import java.util.UUID;

/** The identity of a payer in the tenant's directory. */
public record PayerId(UUID value) {

    public static PayerId random() {
        return new PayerId(UUID.randomUUID());
    }
}
