package app.pitwall.access;

import static app.pitwall.access.Permission.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The tiers of staff, lowest first. Each tier holds every permission of the tiers below it plus
 * its own, so "above" and "below" mean the same for roles and for what they may do.
 */
public enum Role {
    VIEWER(EnumSet.of(CUSTOMERS_READ, LOCATIONS_READ, APPOINTMENTS_READ, REPAIR_ORDERS_READ, INVENTORY_READ)),
    TECHNICIAN(EnumSet.of(REPAIR_ORDERS_WORK)),
    SERVICE_ADVISOR(EnumSet.of(
            CUSTOMERS_CONTACT,
            CUSTOMERS_WRITE,
            APPOINTMENTS_WRITE,
            REPAIR_ORDERS_WRITE,
            REPAIR_ORDERS_TRANSITION,
            INVOICES_READ,
            INVOICES_WRITE,
            INVOICES_POST,
            INVOICES_CREDIT)),
    BOOKKEEPER(EnumSet.of(INVOICES_VOID, INVOICES_EXPORT, PAYROLL_READ, REPORTS_READ, AUDIT_READ_FINANCIAL)),
    MANAGER(EnumSet.of(
            CUSTOMERS_DELETE,
            DISCOUNTS_APPROVE,
            INVOICES_CREDIT_ABOVE_LIMIT,
            INVOICES_WRITE_OFF,
            USERS_READ,
            USERS_MANAGE,
            ROLES_ASSIGN,
            AUDIT_READ,
            INVENTORY_WRITE,
            PAYROLL_MANAGE,
            LOCATIONS_MANAGE)),
    OWNER(EnumSet.of(SETTINGS_MANAGE, AUDIT_EXPORT, API_TOKENS_MANAGE, SESSIONS_READ));

    private final Set<Permission> own;

    Role(Set<Permission> own) {
        this.own = own;
    }

    /** Everything this role may do: its own permissions and those of every tier below. */
    public Set<Permission> permissions() {
        EnumSet<Permission> all = EnumSet.noneOf(Permission.class);
        for (Role role : values()) {
            all.addAll(role.own);
            if (role == this) {
                break;
            }
        }
        return Collections.unmodifiableSet(all);
    }

    public boolean can(Permission permission) {
        return permissions().contains(permission);
    }

    public boolean isAtLeast(Role other) {
        return compareTo(other) >= 0;
    }

    /** The name used in the API: lower case with dashes, e.g. {@code service-advisor}. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Role ofCode(String code) {
        return valueOf(code.toUpperCase().replace('-', '_'));
    }
}
