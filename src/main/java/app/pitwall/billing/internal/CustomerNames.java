package app.pitwall.billing.internal;

import app.pitwall.platform.SubjectNames;
import app.pitwall.platform.TenantId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Component;

/**
 * Customers' names ("Quill, Nora") for billing's reports, asked of the customers module through {@link SubjectNames}
 * rather than read from its tables. A stream of rows is named a chunk at a time, so a long export asks once per few
 * hundred rows and never holds more than a chunk.
 */
@Component
public class CustomerNames {

    private static final int CHUNK = 500;

    private final List<SubjectNames> names;

    CustomerNames(List<SubjectNames> names) {
        this.names = names;
    }

    /** The names of those customers that exist, by id. */
    public Map<UUID, String> of(TenantId tenant, Collection<UUID> customers) {
        Map<UUID, String> found = new HashMap<>();
        List<String> ids = customers.stream().distinct().map(UUID::toString).toList();
        if (ids.isEmpty()) {
            return found;
        }
        for (SubjectNames module : names) {
            if (module.types().contains("customer")) {
                module.names(tenant, "customer", ids).forEach((id, name) -> found.put(UUID.fromString(id), name));
            }
        }
        return found;
    }

    /**
     * The rows, each made into what the caller needs with its customer's name (null for one not found), named a chunk
     * at a time as the result is consumed; closing the result closes the rows.
     */
    public <R, T> Stream<T> named(
            TenantId tenant, Stream<R> rows, Function<R, UUID> customer, BiFunction<R, String, T> make) {
        Iterator<R> source = rows.iterator();
        Iterator<T> named = new Iterator<>() {
            private final ArrayDeque<T> ready = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                if (ready.isEmpty()) {
                    List<R> chunk = new ArrayList<>(CHUNK);
                    while (chunk.size() < CHUNK && source.hasNext()) {
                        chunk.add(source.next());
                    }
                    Map<UUID, String> found =
                            of(tenant, chunk.stream().map(customer).toList());
                    for (R row : chunk) {
                        ready.add(make.apply(row, found.get(customer.apply(row))));
                    }
                }
                return !ready.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(named, Spliterator.ORDERED), false)
                .onClose(rows::close);
    }
}
