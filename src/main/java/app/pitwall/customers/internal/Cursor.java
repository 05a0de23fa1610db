package app.pitwall.customers.internal;

import app.pitwall.platform.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** The position after the last row of a page: its sort key and id, Base64url-encoded and opaque to clients. */
record Cursor(String key, UUID id) {

    static Cursor decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = text.lastIndexOf('\n');
            return new Cursor(text.substring(0, separator), UUID.fromString(text.substring(separator + 1)));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new InvalidInputException("cursor", "not a cursor this service issued");
        }
    }

    String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((key + "\n" + id).getBytes(StandardCharsets.UTF_8));
    }
}
