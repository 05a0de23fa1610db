package app.pitwall.demo;

import app.pitwall.access.Role;
import app.pitwall.identity.StaffAccounts;
import app.pitwall.platform.PitwallProperties;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.Tenants;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start with {@code pitwall.demo=true}, creates "Demo Motors": two locations, staff in
 * three roles and a few customers with vehicles, and prints once how to sign in. Later starts find
 * it and do nothing.
 */
@Component
class DemoShop implements ApplicationRunner {

    static final TenantId TENANT =
            new TenantId(UUID.nameUUIDFromBytes("pitwall-demo-motors".getBytes(StandardCharsets.UTF_8)));
    static final String OWNER_EMAIL = "owner@demo-motors.example";

    private static final Logger log = LoggerFactory.getLogger(DemoShop.class);

    private final PitwallProperties properties;
    private final Tenants tenants;
    private final StaffAccounts staff;
    private final DemoCustomers customers;
    private final TransactionTemplate transactions;

    DemoShop(
            PitwallProperties properties,
            Tenants tenants,
            StaffAccounts staff,
            DemoCustomers customers,
            TransactionTemplate transactions) {
        this.properties = properties;
        this.tenants = tenants;
        this.staff = staff;
        this.customers = customers;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            return;
        }
        String password = TenantScope.callAs(
                TENANT,
                () -> transactions.execute(status -> {
                    if (tenants.nameOf(TENANT).isPresent()) {
                        return null;
                    }
                    return create();
                }));
        if (password != null) {
            String origin = "https://localhost:" + properties.httpsPort();
            log.warn("""

                    ============================================================
                     Demo Motors is ready. Sign in at {}/login
                       owner:            {}
                       service advisor:  advisor@demo-motors.example
                       technician:       tech@demo-motors.example
                       password (all):   {}
                     This password is shown only now.
                    ============================================================""", origin, OWNER_EMAIL, password);
        }
    }

    private String create() {
        LocationId downtown = new LocationId(UUID.randomUUID());
        LocationId northside = new LocationId(UUID.randomUUID());
        tenants.create(
                TENANT,
                "Demo Motors",
                List.of(
                        location(downtown, "Demo Motors Downtown", "100 Main Street"),
                        location(northside, "Demo Motors Northside", "2200 North Avenue")));
        String password = randomPassword();
        staff.create(TENANT, "Olivia Owner", OWNER_EMAIL, password, Role.OWNER, Set.of());
        staff.create(TENANT, "Sam Advisor", "advisor@demo-motors.example", password, Role.SERVICE_ADVISOR, Set.of());
        staff.create(
                TENANT,
                "Tara Technician",
                "tech@demo-motors.example",
                password,
                Role.TECHNICIAN,
                Set.of(downtown.value()));
        customers.create(TENANT, downtown.value(), northside.value());
        return password;
    }

    private static Location location(LocationId id, String name, String street) {
        return new Location(
                TENANT,
                id,
                name,
                Location.Kind.REPAIR_SHOP,
                new Location.Address(street, "Springfield", "IL", "62701", "US"),
                ZoneId.of("America/Chicago"),
                Currency.getInstance("USD"),
                new BigDecimal("0.0625"),
                new BigDecimal("0.0825"));
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
