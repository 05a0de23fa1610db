package app.pitwall.support;

import app.pitwall.access.Role;
import app.pitwall.identity.StaffAccounts;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.Tenants;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds realistic shops for tests: a tenant with two locations, one user in every role, and a
 * service advisor limited to the second location. Each call makes a new, independent tenant.
 */
@TestComponent
public class TestShops {

    public static final String PASSWORD = "correct horse battery staple 42";

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private final Tenants tenants;
    private final StaffAccounts staff;
    private final TransactionTemplate transactions;

    TestShops(Tenants tenants, StaffAccounts staff, TransactionTemplate transactions) {
        this.tenants = tenants;
        this.staff = staff;
        this.transactions = transactions;
    }

    /** A shop made for a test: who works there and where. */
    public record Shop(
            TenantId tenant,
            String name,
            UUID mainLocation,
            UUID otherLocation,
            Map<Role, String> emails,
            Map<Role, UUID> users,
            String limitedAdvisorEmail) {

        public String email(Role role) {
            return emails.get(role);
        }
    }

    public Shop create(String name) {
        return create(name, CHICAGO, CHICAGO);
    }

    /** A shop whose main and other location keep the given time zones. */
    public Shop create(String name, ZoneId mainZone, ZoneId otherZone) {
        TenantId tenant = new TenantId(UUID.randomUUID());
        UUID main = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String slug = tenant.value().toString().substring(0, 8);
        return TenantScope.callAs(
                tenant,
                () -> transactions.execute(status -> {
                    tenants.create(
                            tenant,
                            name,
                            List.of(
                                    location(tenant, main, name + " Main", mainZone),
                                    location(tenant, other, name + " North", otherZone)));
                    Map<Role, String> emails = new EnumMap<>(Role.class);
                    Map<Role, UUID> users = new EnumMap<>(Role.class);
                    for (Role role : Role.values()) {
                        String email = role.code() + "-" + slug + "@shop.example";
                        emails.put(role, email);
                        users.put(
                                role,
                                staff.create(tenant, role.code() + " of " + name, email, PASSWORD, role, Set.of()));
                    }
                    String limited = "limited-" + slug + "@shop.example";
                    staff.create(tenant, "Limited Advisor", limited, PASSWORD, Role.SERVICE_ADVISOR, Set.of(other));
                    return new Shop(tenant, name, main, other, emails, users, limited);
                }));
    }

    private static Location location(TenantId tenant, UUID id, String name, ZoneId zone) {
        return new Location(
                tenant,
                new LocationId(id),
                name,
                Location.Kind.REPAIR_SHOP,
                new Location.Address("1 Test Road", "Testville", "TX", "75001", "US"),
                zone,
                Currency.getInstance("USD"),
                new BigDecimal("0.0625"),
                new BigDecimal("0.0825"));
    }
}
