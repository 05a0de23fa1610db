package app.pitwall.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/** The recorded details of an identity event: pairs of names and values, in order; values may be null. */
final class EventDetails {

    private EventDetails() {}

    static Map<String, Object> of(Object... pairs) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            details.put((String) pairs[i], pairs[i + 1]);
        }
        return details;
    }
}
