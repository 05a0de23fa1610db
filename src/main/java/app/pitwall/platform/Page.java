package app.pitwall.platform;

import java.util.List;

/**
 * One page of a list, with the opaque cursor that fetches the next one (null on the last page).
 */
public record Page<T>(List<T> items, String nextCursor) {

    public <R> Page<R> map(java.util.function.Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
