package app.pitwall.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** The position after the last row of a page: its sort key and id, Base64url-encoded and opaque to clients. */
public record Cursor(String key, UUID id) {

    public static Cursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = text.lastIndexOf('\n');
            return new Cursor(text.substring(0, separator), UUID.fromString(text.substring(separator + 1)));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new InvalidInputException("cursor", "not a cursor this service issued");
        }
    }

    public String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((key + "\n" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** A page from {@code limit + 1} fetched rows: the extra row only tells that there is a next page. */
    public static <T> Page<T> page(List<T> rows, int limit, Function<T, Cursor> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<T> items = List.copyOf(rows.subList(0, limit));
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)).encode());
    }

    /** The sort key as a number; a tampered cursor is bad input. */
    public long number() {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("cursor", "not a cursor this service issued");
        }
    }
}
