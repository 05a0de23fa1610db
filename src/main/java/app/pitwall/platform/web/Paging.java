package app.pitwall.platform.web;

import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.Page;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * The page a list endpoint is asked for: {@code ?limit=} (1 to {@value #MAX}, {@value #DEFAULT} when absent) and
 * {@code ?cursor=} (opaque, from the previous page's {@code nextCursor}). A handler takes it as a parameter (resolved
 * by {@link PagingResolver}, which refuses a bad limit or an overlong cursor as {@code invalid-input}) and answers a
 * {@link PageView} through {@link #answer}: one call per endpoint.
 */
public record Paging(int limit, String cursor) {

    public static final int DEFAULT = 25;
    public static final int MAX = 100;
    static final int CURSOR_LENGTH = 500;

    public Paging {
        if (limit < 1 || limit > MAX) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX);
        }
        if (cursor != null && cursor.length() > CURSOR_LENGTH) {
            throw new InvalidInputException("cursor", "not a cursor this service issued");
        }
        if (cursor != null && cursor.isBlank()) {
            cursor = null;
        }
    }

    public static Paging first() {
        return new Paging(DEFAULT, null);
    }

    /** A page the store read with {@link #limit()} and {@link #cursor()}, each item turned into its view. */
    public <T, V> PageView<V> answer(Page<T> page, Function<? super T, V> view) {
        return new PageView<>(page.items().stream().<V>map(view).toList(), page.nextCursor());
    }

    /**
     * A page of a list held whole (a bounded list: a tenant's staff, a location's bays), in its given order; the
     * cursor is the position after the page's last item.
     */
    public <T, V> PageView<V> slice(List<T> all, Function<? super T, V> view) {
        int from = cursor == null ? 0 : offset(cursor);
        int to = Math.min(all.size(), from + limit);
        List<V> items = from >= all.size()
                ? List.of()
                : all.subList(from, to).stream().<V>map(view).toList();
        return new PageView<>(items, to < all.size() ? encode(to) : null);
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("at:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("at:")) {
                int offset = Integer.parseInt(text.substring(3));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw new InvalidInputException("cursor", "not a cursor this service issued");
    }
}
