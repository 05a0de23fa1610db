package app.pitwall.repairorders.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.identity.StaffDirectory;
import app.pitwall.identity.StaffDirectory.StaffMember;
import app.pitwall.platform.web.Formats;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.Tenants;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * What the repair-order pages look up besides orders: the locations a user may work at, their names and clocks, and
 * the staff who may advise on or work orders there, by name (never their contact details).
 */
@Component
@NamedInterface("pages")
public class RepairOrderLookups {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Tenants tenants;
    private final StaffDirectory staff;

    public RepairOrderLookups(Tenants tenants, StaffDirectory staff) {
        this.tenants = tenants;
        this.staff = staff;
    }

    /** Something to choose in a select or a set of checkboxes. */
    public record Choice(String value, String label) {}

    /** The locations the user may work at, in the tenant's order. */
    public List<Location> usableLocations(Actor actor) {
        return tenants.locations(actor.tenantId()).stream()
                .filter(location -> actor.mayUse(location.id().value()))
                .toList();
    }

    public List<Choice> locationChoices(Actor actor) {
        return usableLocations(actor).stream()
                .map(location -> new Choice(location.id().value().toString(), location.name()))
                .toList();
    }

    public Map<UUID, Location> locations(Actor actor) {
        Map<UUID, Location> all = new LinkedHashMap<>();
        tenants.locations(actor.tenantId())
                .forEach(location -> all.put(location.id().value(), location));
        return all;
    }

    public ZoneId zone(Actor actor, UUID location) {
        Location found = locations(actor).get(location);
        return found == null ? ZoneOffset.UTC : found.timeZone();
    }

    /** Staff names by id; unknown ids are left out. */
    public Map<UUID, String> names(Actor actor, Collection<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            staff.find(actor.tenantId(), ids).forEach((id, member) -> names.put(id, member.name()));
        }
        return names;
    }

    /** Staff at the location who may write repair orders: the service advisors to choose from. */
    public List<Choice> advisors(Actor actor, UUID location) {
        return atLocation(actor, location, Permission.REPAIR_ORDERS_WRITE);
    }

    /** Staff at the location who may work repair orders: the technicians to choose from. */
    public List<Choice> technicians(Actor actor, UUID location) {
        return atLocation(actor, location, Permission.REPAIR_ORDERS_WORK);
    }

    private List<Choice> atLocation(Actor actor, UUID location, Permission needed) {
        return staff.atLocation(actor.tenantId(), location).stream()
                .filter(member -> member.role().can(needed))
                .map((StaffMember member) -> new Choice(member.id().toString(), member.name()))
                .toList();
    }

    /** An instant on the shop's clock, for reading; empty for none. */
    public static String shown(Instant at, ZoneId zone) {
        return at == null ? "" : Formats.dateTime(at, zone, LocaleContextHolder.getLocale());
    }

    /** An instant as a {@code datetime-local} input's value on the shop's clock; empty for none. */
    public static String input(Instant at, ZoneId zone) {
        return at == null ? "" : INPUT.format(at.atZone(zone));
    }
}
