package app.pitwall.tenancy.web;

import app.pitwall.platform.InvalidInputException;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationDetails;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies a JSON Merge Patch (RFC 7396) to a location: the patch is merged into the location's current representation
 * (an absent member is kept, {@code null} removes it, an object merges member by member) and the result is read as a
 * whole location, so that a patch is refused exactly where a full location would be.
 */
@Component
class LocationPatches {

    private final JsonMapper json;

    LocationPatches(JsonMapper json) {
        this.json = json;
    }

    LocationDetails apply(Location current, JsonNode patch) {
        if (!patch.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object (a merge patch)");
        }
        ObjectNode merged = json.valueToTree(LocationRepresentation.of(current));
        merge(merged, (ObjectNode) patch);
        merged.remove("id");
        merged.remove("version");
        try {
            return json.treeToValue(merged, LocationRepresentation.class).details();
        } catch (JacksonException e) {
            String field = e.getPath().stream()
                    .map(JacksonException.Reference::getPropertyName)
                    .filter(name -> name != null)
                    .collect(Collectors.joining("."));
            throw new InvalidInputException(field.isEmpty() ? "body" : field, "not a value this field takes");
        }
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        for (var member : patch.properties()) {
            String name = member.getKey();
            JsonNode value = member.getValue();
            if (value.isNull()) {
                target.remove(name);
            } else if (value.isObject() && target.get(name) instanceof ObjectNode nested) {
                merge(nested, (ObjectNode) value);
            } else {
                target.set(name, value);
            }
        }
    }
}
