package app.pitwall.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.net.ssl.SSLContext;

/**
 * Measures the customer search of issue #2 against a running Pitwall loaded by {@link SearchDataLoader}: latency and
 * throughput of {@code GET /api/v1/customers?q=} over HTTPS with N concurrent clients, the same searches as raw SQL
 * over JDBC with and without row-level security, and the resident memory of the service meanwhile.
 *
 * <p>Every mode and concurrency runs the same terms in the same order: first a warm-up (not recorded), then the
 * measured requests. Clients are closed-loop (each sends its next search when the last one answered).
 *
 * <p>Arguments, as {@code key=value}: {@code modes} (comma-separated: http, sql-app-rls, sql-superuser,
 * sql-superuser+set_config; default all), {@code clients} (default 4,8,16), {@code requests} (measured per run,
 * default 4000), {@code warmup} (default 1500), {@code tenants} (how many of the loaded tenants, evenly spread,
 * default 8), {@code loaded} (default 100), {@code port} (default {@code PITWALL_HTTPS_PORT} or 8443), {@code seed}.
 * See {@code bench/search-benchmark.sh}.
 */
public final class SearchBenchmark {

    private static final int PAGE_SIZE = 25;

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        List<String> modes = List.of(options.get("modes").split(","));
        int[] clientCounts = Arrays.stream(options.get("clients").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        int requests = Integer.parseInt(options.get("requests"));
        int warmup = Integer.parseInt(options.get("warmup"));
        int loaded = Integer.parseInt(options.get("loaded"));
        int tenantCount = Integer.parseInt(options.get("tenants"));
        List<Integer> tenants = new ArrayList<>();
        for (int i = 0; i < tenantCount; i++) {
            tenants.add(1 + i * loaded / tenantCount);
        }
        BenchEnvironment environment = BenchEnvironment.fromEnvironment();
        List<SearchTerms.Term> terms;
        try (Connection superuser = environment.connect(BenchEnvironment.SUPERUSER)) {
            terms = SearchTerms.draw(superuser, tenants, warmup + requests, Long.parseLong(options.get("seed")));
        }
        describe(environment, options, tenants, terms);
        String base = "https://localhost:" + options.get("port");
        Map<String, Latencies.Summary> results = new LinkedHashMap<>();
        System.out.println("mode                      | clients | " + Latencies.Summary.header()
                + " | RSS max/mean MiB | load avg");
        for (String mode : modes) {
            for (int clients : clientCounts) {
                Run run = mode.equals("http")
                        ? httpRun(environment, base, tenants, clients)
                        : sqlRun(environment, SqlSearchClient.Mode.valueOf(modeName(mode)), clients);
                measure(run, terms.subList(0, warmup), clients, false);
                Long pid = mode.equals("http")
                        ? ResidentMemory.findPitwall(environment.dataDir()).orElse(null)
                        : null;
                String load = loadAverage();
                Latencies.Summary summary;
                String memory = "";
                if (pid != null) {
                    try (ResidentMemory rss = ResidentMemory.of(pid)) {
                        summary = measure(run, terms.subList(warmup, warmup + requests), clients, true);
                        memory = rss.maxMib() + " / " + rss.meanMib();
                    }
                } else {
                    summary = measure(run, terms.subList(warmup, warmup + requests), clients, true);
                }
                run.close();
                results.put(mode + "@" + clients, summary);
                System.out.printf(
                        "%-25s | %7d | %s | %16s | %s -> %s%n",
                        mode, clients, summary.row(), memory, load, loadAverage());
            }
        }
        printRatios(results, clientCounts);
        ResidentMemory.findPitwall(environment.dataDir())
                .ifPresent(pid -> System.out.printf(
                        "Pitwall JVM (pid %d): VmRSS now %d MiB, peak since start (VmHWM) %d MiB%n",
                        pid,
                        ResidentMemory.statusKib(pid, "VmRSS") / 1024,
                        ResidentMemory.statusKib(pid, "VmHWM") / 1024));
    }

    /** One kind of client, N of them, each used by one thread. */
    private interface Run extends AutoCloseable {
        int search(int client, SearchTerms.Term term) throws Exception;

        @Override
        void close() throws Exception;
    }

    private static Run httpRun(BenchEnvironment environment, String base, List<Integer> tenants, int clients)
            throws Exception {
        SSLContext tls = environment.trustingOwnCertificate();
        List<Map<Integer, HttpSearchClient>> sessions = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            HttpClient connection = HttpSearchClient.connection(tls);
            Map<Integer, HttpSearchClient> byTenant = new HashMap<>();
            for (int tenant : tenants) {
                HttpSearchClient session = new HttpSearchClient(connection, base, SearchDataLoader.ownerEmail(tenant));
                session.signIn();
                byTenant.put(tenant, session);
            }
            sessions.add(byTenant);
        }
        return new Run() {
            @Override
            public int search(int client, SearchTerms.Term term) throws Exception {
                return sessions.get(client).get(term.tenant()).search(term.text());
            }

            @Override
            public void close() {}
        };
    }

    private static Run sqlRun(BenchEnvironment environment, SqlSearchClient.Mode mode, int clients) throws Exception {
        List<SqlSearchClient> connections = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            connections.add(new SqlSearchClient(environment, mode));
        }
        return new Run() {
            @Override
            public int search(int client, SearchTerms.Term term) throws Exception {
                return connections.get(client).search(term.tenant(), term.text(), PAGE_SIZE);
            }

            @Override
            public void close() throws Exception {
                for (SqlSearchClient connection : connections) {
                    connection.close();
                }
            }
        };
    }

    private static Latencies.Summary measure(Run run, List<SearchTerms.Term> terms, int clients, boolean report)
            throws Exception {
        Latencies latencies = new Latencies(terms.size());
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int me = client;
            workers.add(threads.submit(() -> {
                for (int number = latencies.claim(); number >= 0; number = latencies.claim()) {
                    long sent = System.nanoTime();
                    run.search(me, terms.get(number));
                    latencies.record(number, System.nanoTime() - sent);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        long wall = System.nanoTime() - start;
        threads.shutdown();
        if (report) {
            StringBuilder slow = new StringBuilder("    slowest:");
            for (int number : latencies.slowest(8)) {
                SearchTerms.Term term = terms.get(number);
                slow.append(" %s '%s' (%s) %.0f ms;"
                        .formatted(term.tenant(), term.text(), term.kind(), latencies.millis(number)));
            }
            System.out.println(slow);
        }
        return latencies.summary(wall);
    }

    private static void printRatios(Map<String, Latencies.Summary> results, int[] clientCounts) {
        System.out.println();
        System.out.println("clients | RLS cost: p50 app-rls / superuser | req/s superuser / app-rls"
                + " | service share of raw req/s (http / app-rls)");
        for (int clients : clientCounts) {
            Latencies.Summary http = results.get("http@" + clients);
            Latencies.Summary rls = results.get("sql-app-rls@" + clients);
            Latencies.Summary plain = results.get("sql-superuser@" + clients);
            String rlsCost = rls == null || plain == null
                    ? "-"
                    : "%.2f | %.2f".formatted(rls.median() / plain.median(), plain.perSecond() / rls.perSecond());
            String share = http == null || rls == null ? "-" : "%.2f".formatted(http.perSecond() / rls.perSecond());
            System.out.printf("%7d | %s | %s%n", clients, rlsCost, share);
        }
    }

    private static void describe(
            BenchEnvironment environment,
            Map<String, String> options,
            List<Integer> tenants,
            List<SearchTerms.Term> terms)
            throws Exception {
        Map<String, Integer> kinds = new TreeMap<>();
        terms.forEach(term -> kinds.merge(term.kind(), 1, Integer::sum));
        System.out.println("options: " + options);
        System.out.println("data directory: " + environment.dataDir() + ", tenants searched: " + tenants);
        System.out.println("term mix: " + kinds);
        System.out.println("first terms: "
                + terms.stream().limit(12).map(t -> "'" + t.text() + "'").toList());
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ")
                + ", Java " + System.getProperty("java.version"));
    }

    private static String modeName(String label) {
        for (SqlSearchClient.Mode mode : SqlSearchClient.Mode.values()) {
            if (mode.label.equals(label)) {
                return mode.name();
            }
        }
        throw new IllegalArgumentException("Unknown mode " + label);
    }

    private static String loadAverage() throws Exception {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("modes", "http,sql-app-rls,sql-superuser,sql-superuser+set_config");
        options.put("clients", "4,8,16");
        options.put("requests", "4000");
        options.put("warmup", "1500");
        options.put("tenants", "8");
        options.put("loaded", "100");
        options.put("port", System.getenv().getOrDefault("PITWALL_HTTPS_PORT", "8443"));
        options.put("seed", "2");
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length != 2 || !options.containsKey(pair[0])) {
                throw new IllegalArgumentException("Unknown argument " + arg + "; known: " + options.keySet());
            }
            options.put(pair[0], pair[1]);
        }
        return options;
    }
}
