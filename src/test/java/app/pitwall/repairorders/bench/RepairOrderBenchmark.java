package app.pitwall.repairorders.bench;

import app.pitwall.PitwallApplication;
import app.pitwall.access.Actor;
import app.pitwall.access.Role;
import app.pitwall.approvals.Approvals;
import app.pitwall.approvals.CustomerApprovals;
import app.pitwall.customers.Customer;
import app.pitwall.customers.CustomerDetails;
import app.pitwall.customers.Customers;
import app.pitwall.customers.VehicleDetails;
import app.pitwall.identity.StaffAccounts;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.JobBoard;
import app.pitwall.repairorders.JobId;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.LineDraft;
import app.pitwall.repairorders.NewJob;
import app.pitwall.repairorders.NewRepairOrder;
import app.pitwall.repairorders.OrderDetails;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrders;
import app.pitwall.shopsetup.ShopSetup;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.Tenants;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures the repair-order services the pages call, on a fresh embedded PostgreSQL: opening an order with ten
 * lines, the job board of a location with 200 open orders under 20 concurrent readers, and the customer's estimate
 * behind an approval link under 20 concurrent readers. Not a test: run it with
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.mainClass=app.pitwall.repairorders.bench.RepairOrderBenchmark \
 *     -Dexec.classpathScope=test</pre>
 *
 * and copy the table it prints into {@code docs/benchmarks.md}.
 */
public final class RepairOrderBenchmark {

    static final int OPEN_ORDERS = 200;
    static final int READERS = 20;
    static final int CALLS_PER_READER = 250;
    static final int CREATES = 1000;

    private final ConfigurableApplicationContext context;
    private final TenantId tenant = new TenantId(UUID.randomUUID());
    private final UUID board = UUID.randomUUID();
    private final UUID elsewhere = UUID.randomUUID();
    private final List<String> results = new ArrayList<>();
    private Actor advisor;
    private Actor technician;
    private final List<UUID[]> visits = new ArrayList<>();

    private RepairOrderBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "bench-data-");
        // the embedded PostgreSQL runs as an unprivileged user when started as root: it must reach its directory
        data.toFile().setReadable(true, false);
        data.toFile().setExecutable(true, false);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PitwallApplication.class)
                .properties(
                        "pitwall.data-dir=" + data.toAbsolutePath(),
                        "pitwall.demo=false",
                        "pitwall.tls.enabled=false",
                        "server.port=0",
                        "logging.level.root=warn")
                .run(args);
        try {
            new RepairOrderBenchmark(context).run();
        } finally {
            context.close();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        seed();
        measureOpening();
        seedTheBoard();
        measureTheBoard(null, "job board, 200 open orders, 20 concurrent readers");
        measureTheBoard(technician.userId(), "job board filtered by technician, 20 concurrent readers");
        measureTheApprovalPage();
        System.out.println();
        System.out.println("| what | calls | median ms | p95 ms | p99 ms | max ms | calls/s |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        results.forEach(System.out::println);
        System.out.println();
        System.out.println("cores: " + Runtime.getRuntime().availableProcessors() + ", Java "
                + System.getProperty("java.version") + ", load before: " + load());
    }

    private void seed() {
        TransactionTemplate transactions = bean(TransactionTemplate.class);
        UUID[] staff = TenantScope.callAs(
                tenant,
                () -> transactions.execute(status -> {
                    bean(Tenants.class)
                            .create(
                                    tenant,
                                    "Bench Motors",
                                    List.of(location(board, "Main"), location(elsewhere, "North")));
                    StaffAccounts accounts = bean(StaffAccounts.class);
                    String suffix = tenant.value().toString().substring(0, 8);
                    return new UUID[] {
                        accounts.create(
                                tenant,
                                "Bench Advisor",
                                "advisor-" + suffix + "@bench.example",
                                "benchmark password 42",
                                Role.SERVICE_ADVISOR,
                                Set.of()),
                        accounts.create(
                                tenant,
                                "Bench Technician",
                                "tech-" + suffix + "@bench.example",
                                "benchmark password 42",
                                Role.TECHNICIAN,
                                Set.of())
                    };
                }));
        advisor = actor(staff[0], "Bench Advisor", Role.SERVICE_ADVISOR);
        technician = actor(staff[1], "Bench Technician", Role.TECHNICIAN);
        as(actor(staff[0], "Bench Manager", Role.MANAGER), () -> {
            bean(ShopSetup.class)
                    .addLaborRate(
                            actor(staff[0], "Bench Manager", Role.MANAGER),
                            board,
                            "Standard",
                            new BigDecimal("125.00"),
                            true);
            bean(ShopSetup.class)
                    .addLaborRate(
                            actor(staff[0], "Bench Manager", Role.MANAGER),
                            elsewhere,
                            "Standard",
                            new BigDecimal("110.00"),
                            true);
            return null;
        });
        Customers customers = bean(Customers.class);
        for (int i = 0; i < 50; i++) {
            int n = i;
            UUID[] visit = as(advisor, () -> {
                Customer customer = customers.register(
                        advisor,
                        new CustomerDetails(
                                board,
                                Customer.Kind.PERSON,
                                "Pat",
                                "Customer " + n,
                                null,
                                List.of(),
                                List.of(),
                                null,
                                null,
                                false));
                UUID vehicle = customers
                        .registerVehicle(
                                advisor,
                                new VehicleDetails(
                                        customer.id().value(),
                                        null,
                                        "BEN " + n,
                                        "TX",
                                        2018,
                                        "Toyota",
                                        "Corolla",
                                        null,
                                        null,
                                        null,
                                        null))
                        .id()
                        .value();
                return new UUID[] {customer.id().value(), vehicle};
            });
            visits.add(visit);
        }
    }

    private void measureOpening() {
        RepairOrders orders = bean(RepairOrders.class);
        long[] times = new long[CREATES];
        for (int i = -200; i < CREATES; i++) {
            UUID[] visit = visits.get(Math.floorMod(i, visits.size()));
            NewRepairOrder draft = new NewRepairOrder(
                    elsewhere,
                    visit[0],
                    visit[1],
                    new OrderDetails(null, List.of(), 42000, null, null, List.of("Noise"), null),
                    List.of(new NewJob(new Job.JobDetails("Service", "Noise", null, null, null, null), tenLines())));
            long start = System.nanoTime();
            as(advisor, () -> orders.open(advisor, draft));
            if (i >= 0) {
                times[i] = System.nanoTime() - start;
            }
        }
        report("open a repair order with 10 lines (sequential)", times, 0);
    }

    private void seedTheBoard() {
        RepairOrders orders = bean(RepairOrders.class);
        Approvals approvals = bean(Approvals.class);
        RepairOrder.Status[] statuses = {
            RepairOrder.Status.ESTIMATE,
            RepairOrder.Status.AWAITING_APPROVAL,
            RepairOrder.Status.APPROVED,
            RepairOrder.Status.IN_PROGRESS,
            RepairOrder.Status.ON_HOLD,
            RepairOrder.Status.READY
        };
        for (int i = 0; i < OPEN_ORDERS + 50; i++) {
            int n = i;
            as(advisor, () -> {
                UUID[] visit = visits.get(n % visits.size());
                RepairOrder order = orders.open(
                        advisor,
                        new NewRepairOrder(
                                board,
                                visit[0],
                                visit[1],
                                new OrderDetails(
                                        null,
                                        n % 3 == 0 ? List.of(technician.userId()) : List.of(),
                                        1000 + n,
                                        null,
                                        Instant.now().plusSeconds(3600L * (n % 48)),
                                        List.of("Concern " + n),
                                        null),
                                List.of(job("Brakes"), job("Filter"))));
                RepairOrder.Status target =
                        n < OPEN_ORDERS ? statuses[n % statuses.length] : RepairOrder.Status.CANCELLED;
                move(orders, approvals, order, target);
                return null;
            });
        }
    }

    private void move(RepairOrders orders, Approvals approvals, RepairOrder order, RepairOrder.Status target) {
        if (target == RepairOrder.Status.CANCELLED) {
            orders.transition(advisor, order.id(), target, "Customer left", null);
            return;
        }
        if (target == RepairOrder.Status.ESTIMATE) {
            return;
        }
        if (target == RepairOrder.Status.AWAITING_APPROVAL) {
            approvals.requestApproval(advisor, order.id(), null);
            return;
        }
        JobId first = order.jobs().get(0).id();
        approvals.recordVerbal(
                advisor,
                order.id(),
                new Approvals.VerbalApproval(
                        List.of(first),
                        List.of(),
                        "Pat Customer",
                        app.pitwall.repairorders.JobApproval.Method.PHONE,
                        null),
                null);
        if (target == RepairOrder.Status.APPROVED) {
            return;
        }
        orders.transition(advisor, order.id(), RepairOrder.Status.IN_PROGRESS, null, null);
        if (target == RepairOrder.Status.ON_HOLD) {
            orders.transition(advisor, order.id(), RepairOrder.Status.ON_HOLD, "Waiting for parts", null);
        } else if (target == RepairOrder.Status.READY) {
            orders.completeJob(advisor, order.id(), first, null);
            orders.transition(advisor, order.id(), RepairOrder.Status.READY, null, null);
        }
    }

    private void measureTheBoard(UUID technicianFilter, String what) throws Exception {
        JobBoard jobBoard = bean(JobBoard.class);
        int cards = as(
                advisor,
                () -> jobBoard.board(advisor, board, null, technicianFilter).columns().stream()
                        .mapToInt(column -> column.cards().size())
                        .sum());
        concurrently(
                what + " (" + cards + " cards)",
                reader -> as(advisor, () -> jobBoard.board(advisor, board, null, technicianFilter)));
    }

    private void measureTheApprovalPage() throws Exception {
        RepairOrders orders = bean(RepairOrders.class);
        Approvals approvals = bean(Approvals.class);
        CustomerApprovals customers = bean(CustomerApprovals.class);
        String[] tokens = new String[READERS];
        for (int i = 0; i < READERS; i++) {
            UUID[] visit = visits.get(i);
            tokens[i] = as(advisor, () -> {
                RepairOrder order = orders.open(
                        advisor,
                        new NewRepairOrder(
                                elsewhere,
                                visit[0],
                                visit[1],
                                null,
                                List.of(job("Brakes"), job("Filter"), job("Alignment"))));
                return approvals.requestApproval(advisor, order.id(), null).token();
            });
        }
        concurrently(
                "approval page estimate, 3 jobs, 20 concurrent customers", reader -> customers.show(tokens[reader]));
    }

    private void concurrently(String what, IntConsumer call) throws Exception {
        long[] times = new long[READERS * CALLS_PER_READER];
        CyclicBarrier start = new CyclicBarrier(READERS + 1);
        CyclicBarrier end = new CyclicBarrier(READERS + 1);
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        List<Future<?>> readers = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            int reader = r;
            readers.add(pool.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    call.accept(reader);
                }
                start.await();
                for (int i = 0; i < CALLS_PER_READER; i++) {
                    long before = System.nanoTime();
                    call.accept(reader);
                    times[reader * CALLS_PER_READER + i] = System.nanoTime() - before;
                }
                end.await();
                return null;
            }));
        }
        start.await();
        long began = System.nanoTime();
        end.await();
        long elapsed = System.nanoTime() - began;
        for (Future<?> reader : readers) {
            reader.get();
        }
        pool.shutdown();
        report(what, times, elapsed);
    }

    private void report(String what, long[] times, long elapsed) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        long total = elapsed > 0 ? elapsed : Arrays.stream(times).sum();
        results.add(String.format(
                "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.0f |",
                what,
                sorted.length,
                ms(percentile(sorted, 50)),
                ms(percentile(sorted, 95)),
                ms(percentile(sorted, 99)),
                ms(sorted[sorted.length - 1]),
                sorted.length / (total / 1e9)));
        System.out.println(results.get(results.size() - 1));
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static List<LineDraft> tenLines() {
        List<LineDraft> lines = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            lines.add(LineDraft.labor("Labor " + i, new BigDecimal("0.75")));
            lines.add(LineDraft.part(
                    "Part " + i, "P-" + i, new BigDecimal("2"), new BigDecimal("9.10"), new BigDecimal("18.45")));
        }
        lines.add(LineDraft.fee("Shop supplies", Line.FeeKind.SHOP_SUPPLIES));
        lines.add(LineDraft.discount("Loyalty", Line.TaxClass.LABOR, new BigDecimal("5"), null));
        return lines;
    }

    private static NewJob job(String title) {
        return new NewJob(
                new Job.JobDetails(title, "Customer says so", null, null, null, null),
                List.of(
                        LineDraft.labor("Labor", new BigDecimal("1.5")),
                        LineDraft.part("Part", "P-1", BigDecimal.ONE, new BigDecimal("20"), new BigDecimal("49.99"))));
    }

    private Actor actor(UUID user, String name, Role role) {
        return new Actor(
                tenant,
                user,
                name,
                role,
                role.permissions(),
                true,
                Set.of(),
                Actor.Kind.USER,
                UUID.randomUUID(),
                Instant.now(),
                false);
    }

    private static <T> T as(Actor actor, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Location location(UUID id, String name) {
        return new Location(
                tenant,
                new LocationId(id),
                "Bench " + name,
                Location.Kind.REPAIR_SHOP,
                new Location.Address("1 Bench Road", "Austin", "TX", "73301", "US"),
                ZoneId.of("America/Chicago"),
                Currency.getInstance("USD"),
                new BigDecimal("0.0625"),
                new BigDecimal("0.0825"));
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
