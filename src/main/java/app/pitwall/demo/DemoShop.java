package app.pitwall.demo;

import app.pitwall.access.Role;
import app.pitwall.identity.StaffAccounts;
import app.pitwall.platform.PitwallProperties;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import app.pitwall.tenancy.Tenants;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start with {@code pitwall.demo=true}, creates "Demo Motors", ready for a first day: two locations with
 * bays and labor rates, staff in three roles, canned jobs, customers with vehicles, appointments today and tomorrow
 * and repair orders on the job board ({@link DemoDay}), all through the modules' ordinary use cases. It prints once
 * how to sign in and what to try first. Later starts find it and do nothing.
 */
@Component
class DemoShop implements ApplicationRunner {

    static final TenantId TENANT =
            new TenantId(UUID.nameUUIDFromBytes("pitwall-demo-motors".getBytes(StandardCharsets.UTF_8)));
    static final String OWNER_EMAIL = "owner@demo-motors.example";
    static final String ADVISOR_EMAIL = "advisor@demo-motors.example";
    static final String TECHNICIAN_EMAIL = "tech@demo-motors.example";

    private static final Logger log = LoggerFactory.getLogger(DemoShop.class);

    /** What the banner tells: the one password and where the customer's approval page is. */
    private record Created(String password, DemoDay.Made day) {}

    private final PitwallProperties properties;
    private final Tenants tenants;
    private final StaffAccounts staff;
    private final DemoShopSetup setup;
    private final DemoCannedJobs cannedJobs;
    private final DemoCustomers customers;
    private final DemoDay day;
    private final TransactionTemplate transactions;

    DemoShop(
            PitwallProperties properties,
            Tenants tenants,
            StaffAccounts staff,
            DemoShopSetup setup,
            DemoCannedJobs cannedJobs,
            DemoCustomers customers,
            DemoDay day,
            TransactionTemplate transactions) {
        this.properties = properties;
        this.tenants = tenants;
        this.staff = staff;
        this.setup = setup;
        this.cannedJobs = cannedJobs;
        this.customers = customers;
        this.day = day;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            return;
        }
        Created created = TenantScope.callAs(
                TENANT,
                () -> transactions.execute(status -> {
                    if (tenants.nameOf(TENANT).isPresent()) {
                        return null;
                    }
                    return create();
                }));
        if (created != null) {
            log.warn(banner(created));
        }
    }

    private Created create() {
        DemoLocations locations = DemoLocations.fresh();
        tenants.create(TENANT, "Demo Motors", locations.locations(TENANT));
        String password = randomPassword();
        DemoStaff people = DemoStaff.of(
                TENANT,
                staff.create(TENANT, "Olivia Owner", OWNER_EMAIL, password, Role.OWNER, Set.of()),
                staff.create(TENANT, "Sam Advisor", ADVISOR_EMAIL, password, Role.SERVICE_ADVISOR, Set.of()),
                staff.create(
                        TENANT,
                        "Tara Technician",
                        TECHNICIAN_EMAIL,
                        password,
                        Role.TECHNICIAN,
                        Set.of(locations.downtown().value())),
                locations.downtown().value());
        setup.create(people.owner(), locations.ids());
        DemoCannedJobs.Made canned = cannedJobs.create(people.owner());
        DemoCustomers.Made visitors = customers.create(
                people.advisor(),
                locations.downtown().value(),
                locations.northside().value());
        return new Created(password, day.create(people, locations, visitors, canned));
    }

    private String banner(Created created) {
        String origin = "https://localhost:" + properties.httpsPort();
        return String.join(
                "\n",
                "",
                "============================================================",
                " Demo Motors is ready. Sign in at " + origin + "/login",
                " Try first as the service advisor: " + ADVISOR_EMAIL,
                "   The job board shows an order awaiting approval, one in progress and one ready.",
                "   Check in Priya Shah's 3 pm appointment at Downtown, add a canned job and a job",
                "   of your own, and send the estimate for approval.",
                " The customer's approval page of order " + created.day().awaitingNumber() + ":",
                "   " + created.day().approvalUrl(),
                " Then the technician (My jobs at Downtown): " + TECHNICIAN_EMAIL,
                " And the owner (shop setup, staff, audit trail): " + OWNER_EMAIL,
                " Password (all three): " + created.password(),
                " This password and the approval link are shown only now.",
                "============================================================");
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
