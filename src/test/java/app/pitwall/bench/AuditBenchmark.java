package app.pitwall.bench;

import app.pitwall.PitwallApplication;
import app.pitwall.access.Actor;
import app.pitwall.access.Role;
import app.pitwall.audit.internal.AuditTrail;
import app.pitwall.audit.internal.Verification;
import app.pitwall.customers.Customer;
import app.pitwall.customers.CustomerDetails;
import app.pitwall.customers.Customers;
import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.Tenants;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.event.ApplicationListenerMethodAdapter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures the audit trail on this machine (not a test; see docs/benchmarks.md, "Audit trail"):
 * appends per second with 8 writers in one tenant and in 8 tenants, whether one busy tenant slows
 * another, the cost the audit entry adds to a customer update, and verification speed over
 * 1,000,000 entries. Runs the application without a web server against an embedded PostgreSQL in
 * {@code target/bench-data} (or {@code -Dpitwall.data-dir=...}).
 */
public final class AuditBenchmark {

    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int VERIFY_EVENTS = Integer.getInteger("bench.verifyEvents", 1_000_000);
    /** Which parts to run, comma-separated: append, customer, verify (all by default). */
    private static final List<String> PARTS =
            List.of(System.getProperty("bench.parts", "append,customer,verify").split(","));

    private final ConfigurableApplicationContext context;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    private AuditBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.transactions = context.getBean(TransactionTemplate.class);
        this.events = context;
    }

    /** A change with a small payload, like a typical field update. */
    record BenchChange(TenantId tenantId, long number, Map<String, Object> before, Map<String, Object> after)
            implements Auditable {

        BenchChange(TenantId tenant, long number) {
            this(
                    tenant,
                    number,
                    Map.of("lastName", "Miller", "phones", List.of("+1 555 0100")),
                    Map.of("lastName", "Millner", "phones", List.of("+1 555 0199")));
        }

        @Override
        public String action() {
            return "customer.changed";
        }

        @Override
        public Subject subject() {
            return Subject.of("customer", new UUID(0, number));
        }
    }

    public static void main(String[] args) throws Exception {
        String dataDir = System.getProperty("pitwall.data-dir", "target/bench-data");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PitwallApplication.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "pitwall.demo=false",
                        "pitwall.data-dir=" + dataDir,
                        "pitwall.db.pool-size=20",
                        "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .run()) {
            new AuditBenchmark(context).run();
        }
    }

    private void run() throws Exception {
        System.out.printf("cores: %d, java %s%n", Runtime.getRuntime().availableProcessors(), Runtime.version());
        if (PARTS.contains("append")) {
            appends();
        }
        if (PARTS.contains("customer")) {
            customerUpdateOverhead();
        }
        if (PARTS.contains("verify")) {
            verification();
        }
    }

    private void appends() throws Exception {
        TenantId one = newTenant("Bench One");
        appendRate("warm-up", List.of(one), 8, Integer.getInteger("bench.warmupSeconds", 3));
        double single = appendRate("8 writers, 1 tenant", List.of(one), 8, SECONDS);
        List<TenantId> eight = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            eight.add(newTenant("Bench Many " + i));
        }
        double many = appendRate("8 writers, 8 tenants", eight, 1, SECONDS);
        TenantId quiet = newTenant("Bench Quiet");
        double alone = appendRate("1 writer, quiet tenant alone", List.of(quiet), 1, SECONDS);
        double besideBusy = besideBusyTenant(quiet, List.of(one), 8);
        double besideSpread = besideBusyTenant(quiet, eight, 1);
        System.out.printf(
                "quiet tenant: alone %.0f/s, beside 8 writers of one busy tenant %.0f/s, beside 8 writers of 8"
                        + " tenants %.0f/s%n",
                alone, besideBusy, besideSpread);
        System.out.printf("summary: one tenant %.0f appends/s, eight tenants %.0f appends/s%n", single, many);
    }

    private double appendRate(String name, List<TenantId> tenants, int writersPerTenant, int seconds) throws Exception {
        List<Counter> counters = writers(tenants, writersPerTenant);
        Thread.sleep(seconds * 1000L);
        long total = stop(counters);
        double rate = total / (double) seconds;
        System.out.printf("append %-30s %8.0f appends/s%n", name, rate);
        return rate;
    }

    /** The quiet tenant's single writer while the others are busy. */
    private double besideBusyTenant(TenantId quiet, List<TenantId> busy, int writersPerTenant) throws Exception {
        List<Counter> load = writers(busy, writersPerTenant);
        List<Counter> mine = writers(List.of(quiet), 1);
        Thread.sleep(SECONDS * 1000L);
        long quietCount = stop(mine);
        long busyCount = stop(load);
        System.out.printf("   (busy tenants meanwhile: %.0f appends/s)%n", busyCount / (double) SECONDS);
        return quietCount / (double) SECONDS;
    }

    private static final class Counter {
        final AtomicBoolean running = new AtomicBoolean(true);
        volatile long count;
        Future<?> future;
    }

    private List<Counter> writers(List<TenantId> tenants, int writersPerTenant) {
        ExecutorService pool = Executors.newFixedThreadPool(tenants.size() * writersPerTenant);
        List<Counter> counters = new ArrayList<>();
        for (TenantId tenant : tenants) {
            for (int w = 0; w < writersPerTenant; w++) {
                Counter counter = new Counter();
                counter.future = pool.submit(() -> {
                    long n = 0;
                    while (counter.running.get()) {
                        long number = n++;
                        TenantScope.runAs(
                                tenant,
                                () -> transactions.executeWithoutResult(
                                        status -> events.publishEvent(new BenchChange(tenant, number))));
                        counter.count = n;
                    }
                    return null;
                });
                counters.add(counter);
            }
        }
        pool.shutdown();
        return counters;
    }

    private static long stop(List<Counter> counters) throws Exception {
        long total = 0;
        for (Counter counter : counters) {
            total += counter.count;
            counter.running.set(false);
        }
        for (Counter counter : counters) {
            counter.future.get();
        }
        return total;
    }

    private void customerUpdateOverhead() {
        TenantId tenant = newTenant("Bench Customers");
        Actor actor = new Actor(
                tenant,
                UUID.randomUUID(),
                "Bench Owner",
                Role.OWNER,
                Role.OWNER.permissions(),
                true,
                Set.of(),
                Actor.Kind.USER,
                UUID.randomUUID());
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()));
        try {
            Customers customers = context.getBean(Customers.class);
            Customer customer = customers.register(actor, details("Start"));
            int rounds = Integer.getInteger("bench.rounds", 5);
            int perRound = Integer.getInteger("bench.perRound", 1500);
            long[] with = new long[rounds];
            long[] without = new long[rounds];
            double[] cpuWith = new double[rounds];
            double[] cpuWithout = new double[rounds];
            long[] processWith = new long[2];
            long[] processWithout = new long[2];
            int[] counter = {0};
            ApplicationEventMulticaster multicaster = context.getBean(ApplicationEventMulticaster.class);
            updates(customers, actor, customer, Integer.getInteger("bench.warmupUpdates", 1000), counter);
            for (int round = 0; round < rounds; round++) {
                cpuMicrosPerUpdate();
                long[] cpu0 = processCpu();
                with[round] = updates(customers, actor, customer, perRound, counter);
                long[] cpu1 = processCpu();
                cpuWith[round] = cpuMicrosPerUpdate();
                processWith[0] += cpu1[0] - cpu0[0];
                processWith[1] += cpu1[1] - cpu0[1];
                List<org.springframework.context.ApplicationListener<?>> removed = new ArrayList<>();
                multicaster.removeApplicationListeners(listener -> {
                    boolean audit = listener instanceof ApplicationListenerMethodAdapter adapter
                            && adapter.getListenerId().contains("AuditRecorder");
                    if (audit) {
                        removed.add(listener);
                    }
                    return audit;
                });
                if (removed.size() != 1) {
                    throw new IllegalStateException("Expected the one audit listener, found " + removed);
                }
                long[] cpu2 = processCpu();
                without[round] = updates(customers, actor, customer, perRound, counter);
                long[] cpu3 = processCpu();
                cpuWithout[round] = cpuMicrosPerUpdate();
                processWithout[0] += cpu3[0] - cpu2[0];
                processWithout[1] += cpu3[1] - cpu2[1];
                multicaster.addApplicationListener(removed.get(0));
            }
            System.out.printf(
                    "customer update rounds, µs with / without audit: %s%n",
                    java.util.stream.IntStream.range(0, rounds)
                            .mapToObj(r -> String.format(
                                    "%.0f/%.0f", with[r] / 1000.0 / perRound, without[r] / 1000.0 / perRound))
                            .toList());
            System.out.printf(
                    "customer update, CPU of the calling thread: with audit %.0f µs, without %.0f µs (medians)%n",
                    median(cpuWith), median(cpuWithout));
            double updatesEach = (double) rounds * perRound * 1000;
            double javaWith = processWith[0] / updatesEach;
            double javaWithout = processWithout[0] / updatesEach;
            double pgWith = processWith[1] / updatesEach;
            double pgWithout = processWithout[1] / updatesEach;
            System.out.printf(
                    "customer update, CPU per update (whole JVM + PostgreSQL processes): with audit %.0f + %.0f ="
                            + " %.0f µs, without %.0f + %.0f = %.0f µs, audit adds %.1f%%%n",
                    javaWith,
                    pgWith,
                    javaWith + pgWith,
                    javaWithout,
                    pgWithout,
                    javaWithout + pgWithout,
                    ((javaWith + pgWith) / (javaWithout + pgWithout) - 1) * 100);
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ratios[round] = with[round] / (double) without[round];
            }
            System.out.printf(
                    "customer update, median of the rounds' ratios (each round with audit, then without): audit adds"
                            + " %.1f%%%n",
                    (median(ratios) - 1) * 100);
            double withMicros = median(with) / 1000.0 / perRound;
            double withoutMicros = median(without) / 1000.0 / perRound;
            System.out.printf(
                    "customer update (service, 1 thread): with audit %.0f µs, without %.0f µs, audit adds %.1f%%%n",
                    withMicros, withoutMicros, (withMicros / withoutMicros - 1) * 100);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final long[] CPU = new long[2];

    /** CPU used so far by this JVM and by the embedded PostgreSQL (postmaster and its children), in ns. */
    private long[] processCpu() {
        long jvm = ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long ticks = 0;
        try {
            String dataDir = System.getProperty("pitwall.data-dir", "target/bench-data");
            long postmaster = Long.parseLong(
                    java.nio.file.Files.readAllLines(java.nio.file.Path.of(dataDir, "postgres/cluster/postmaster.pid"))
                            .get(0)
                            .strip());
            try (var procs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
                for (java.nio.file.Path proc : (Iterable<java.nio.file.Path>) procs::iterator) {
                    String name = proc.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    try {
                        String stat = java.nio.file.Files.readString(proc.resolve("stat"));
                        String[] fields =
                                stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long pid = Long.parseLong(name);
                        long parent = Long.parseLong(fields[1]);
                        if (pid == postmaster || parent == postmaster) {
                            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        }
                    } catch (java.io.IOException | RuntimeException gone) {
                        // a process that ended meanwhile
                    }
                }
            }
        } catch (java.io.IOException e) {
            return new long[] {jvm, -1};
        }
        return new long[] {jvm, ticks * 10_000_000L}; // USER_HZ = 100
    }

    private static long updates(Customers customers, Actor actor, Customer customer, int count, int[] counter) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            customers.change(actor, customer.id(), details("Name " + counter[0]++), null);
        }
        long elapsed = System.nanoTime() - started;
        CPU[0] += THREADS.getCurrentThreadCpuTime() - cpu;
        CPU[1] += count;
        return elapsed;
    }

    private static double cpuMicrosPerUpdate() {
        double micros = CPU[0] / 1000.0 / CPU[1];
        CPU[0] = 0;
        CPU[1] = 0;
        return micros;
    }

    private static CustomerDetails details(String lastName) {
        return new CustomerDetails(null, null, "Bench", lastName, null, null, null, null, null, null);
    }

    /**
     * Writes a tenant of {@code bench.verifyEvents} entries and verifies it five times; with {@code
     * -Dbench.verifyTenant=ID} verifies that tenant of an earlier run instead, so that two builds can
     * be compared on the same trail, alternately.
     */
    private void verification() {
        String kept = System.getProperty("bench.verifyTenant");
        TenantId tenant = kept != null ? TenantId.of(kept) : newTenant("Bench Verify");
        if (kept == null) {
            writeEntries(tenant);
        }
        System.out.println("verify tenant: " + tenant);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long[] size = TenantScope.callAs(
                tenant,
                () -> transactions.execute(status -> jdbc.sql("""
                                SELECT count(*), sum(octet_length(entry)) FROM audit_event WHERE tenant_id = ?""")
                        .param(tenant.value())
                        .query((row, n) -> new long[] {row.getLong(1), row.getLong(2)})
                        .single()));
        long count = size[0];
        long bytes = size[1];
        System.out.printf("average entry: %d bytes (+32 bytes of previous hash per link)%n", bytes / count);
        AuditTrail trail = context.getBean(AuditTrail.class);
        double[] rates = new double[5];
        for (int i = 0; i < rates.length; i++) {
            Verification result = trail.verify(tenant, null);
            if (!result.valid() || result.eventsChecked() != count) {
                throw new IllegalStateException("Verification failed: " + result.broken());
            }
            rates[i] = result.eventsPerSecond();
            System.out.printf(
                    "verify %d entries: %.2f s, %.0f events/s, %.0f MB/s hashed%n",
                    result.eventsChecked(),
                    result.nanos() / 1e9,
                    rates[i],
                    (bytes + 32.0 * count) / (result.nanos() / 1e9) / 1e6);
        }
        Arrays.sort(rates);
        System.out.printf("verify median: %.0f events/s%n", rates[rates.length / 2]);
    }

    private void writeEntries(TenantId tenant) {
        long started = System.nanoTime();
        int perTransaction = 1000;
        for (int written = 0; written < VERIFY_EVENTS; written += perTransaction) {
            int from = written;
            TenantScope.runAs(
                    tenant,
                    () -> transactions.executeWithoutResult(status -> {
                        for (int i = 0; i < perTransaction; i++) {
                            events.publishEvent(new BenchChange(tenant, from + i));
                        }
                    }));
        }
        System.out.printf(
                "wrote %d entries in %.1f s (batches of %d per transaction)%n",
                VERIFY_EVENTS, (System.nanoTime() - started) / 1e9, perTransaction);
    }

    private TenantId newTenant(String name) {
        TenantId tenant = new TenantId(UUID.randomUUID());
        Tenants tenants = context.getBean(Tenants.class);
        TenantScope.runAs(
                tenant,
                () -> transactions.executeWithoutResult(status -> tenants.create(
                        tenant,
                        name,
                        List.of(new Location(
                                tenant,
                                new LocationId(UUID.randomUUID()),
                                name,
                                Location.Kind.REPAIR_SHOP,
                                new Location.Address("1 Bench Road", "Benchville", "TX", "75001", "US"),
                                ZoneId.of("America/Chicago"),
                                Currency.getInstance("USD"),
                                BigDecimal.ZERO,
                                BigDecimal.ZERO)))));
        return tenant;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
