package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Role;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.Tenants;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the staff pages show about roles and locations: the roles someone may hand out (never above their own), the
 * locations they may grant (their own), and location names for lists.
 */
@Component
class StaffViews {

    private static final int MAX_LOCATIONS = 100;
    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Tenants tenants;
    private final MessageSource messages;

    StaffViews(Tenants tenants, MessageSource messages) {
        this.tenants = tenants;
        this.messages = messages;
    }

    /** One choice of a select: {@code value} and {@code label} are what the field fragment shows. */
    record Option(String value, String label) {}

    /** A location as a tick box: whether the user may grant it and whether it is ticked. */
    record LocationChoice(String value, String label, boolean grantable, boolean checked) {}

    /** The roles the actor may give, highest first. */
    List<Option> rolesUpTo(Actor actor, Locale locale) {
        return Arrays.stream(Role.values())
                .filter(role -> actor.role().isAtLeast(role))
                .sorted((a, b) -> b.compareTo(a))
                .map(role -> new Option(role.code(), roleName(role, locale)))
                .toList();
    }

    /** Every location of the tenant as a tick box; those the actor does not work at cannot be ticked. */
    List<LocationChoice> locations(Actor actor, Collection<String> checked) {
        return tenants.locations(actor.tenantId()).stream()
                .map(location -> new LocationChoice(
                        location.id().value().toString(),
                        location.name(),
                        actor.mayUse(location.id().value()),
                        checked.contains(location.id().value().toString())))
                .toList();
    }

    /** The names of the given locations, or "all locations". */
    String locationNames(Actor actor, boolean all, Set<UUID> ids, Locale locale) {
        if (all) {
            return messages.getMessage("users.allLocations", null, locale);
        }
        List<String> names = tenants.locations(actor.tenantId()).stream()
                .filter(location -> ids.contains(location.id().value()))
                .map(Location::name)
                .toList();
        return names.isEmpty() ? messages.getMessage("users.noLocations", null, locale) : String.join(", ", names);
    }

    String roleName(Role role, Locale locale) {
        return messages.getMessage("role." + role.code(), null, locale);
    }

    /** The ids of the ticked locations; empty when any of them is not an id at all. */
    static Optional<List<UUID>> ids(List<String> values) {
        if (values == null) {
            return Optional.of(List.of());
        }
        if (values.size() > MAX_LOCATIONS || !values.stream().allMatch(StaffViews::isUuid)) {
            return Optional.empty();
        }
        return Optional.of(values.stream().map(UUID::fromString).distinct().toList());
    }

    private static boolean isUuid(String value) {
        return value != null && UUID_PATTERN.matcher(value).matches();
    }
}
