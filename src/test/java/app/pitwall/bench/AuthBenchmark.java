package app.pitwall.bench;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.net.ssl.SSLContext;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The authentication benchmark of issue #3, against a running Pitwall (see {@code bench/auth-benchmark.sh} and
 * {@code docs/benchmarks.md}): Argon2id hash time and memory in this JVM with the service's parameters, sign-ins per
 * second ({@code GET /api/v1/auth/csrf} + {@code POST /api/v1/auth/login}), refreshes per second ({@code POST
 * /api/v1/auth/refresh}) and what authentication adds to a read. Not a test.
 *
 * <p>Options as {@code key=value}: {@code port} (default {@code $PITWALL_HTTPS_PORT}), {@code users=8}, {@code
 * signins=240}, {@code signinClients=1,2,4,8}, {@code refreshes=4000}, {@code refreshClients=1,4,8,16}, {@code
 * reads=4000}, {@code readClients=1,8}, {@code hashes=30}, {@code only=hash} (the hash figures alone).
 */
public final class AuthBenchmark {

    static final String PASSWORD = "Bench-auth: correct horse battery staple 2026";

    private final Map<String, String> options;
    private final String base;
    private final SSLContext tls;
    private final List<String> emails = new ArrayList<>();

    private AuthBenchmark(Map<String, String> options) {
        this.options = options;
        String port = options.getOrDefault("port", System.getenv().getOrDefault("PITWALL_HTTPS_PORT", "8443"));
        this.base = "https://localhost:" + port;
        this.tls = "hash".equals(options.get("only"))
                ? null
                : BenchEnvironment.fromEnvironment().trustingOwnCertificate();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchEnvironment.options(args);
        new AuthBenchmark(options).run();
        System.exit(0);
    }

    private int number(String key, int fallback) {
        return Integer.parseInt(options.getOrDefault(key, String.valueOf(fallback)));
    }

    private int[] numbers(String key, String fallback) {
        return Arrays.stream(options.getOrDefault(key, fallback).split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
    }

    private HttpSession session() {
        return new HttpSession(HttpSearchClient.connection(tls), base);
    }

    private void run() throws Exception {
        System.out.println("Pitwall at " + base + "; " + Runtime.getRuntime().availableProcessors() + " processors");
        hashing(number("hashes", 30));
        if ("hash".equals(options.get("only"))) {
            return;
        }
        accounts(number("users", 8));
        System.out.println("\n## Sign-ins (GET /api/v1/auth/csrf + POST /api/v1/auth/login, fresh cookie jar each)");
        System.out.println("clients | " + Latencies.Summary.header());
        for (int clients : numbers("signinClients", "1,2,4,8")) {
            int total = number("signins", 240);
            Latencies.Summary summary = ClosedLoop.run(clients, total, 2, index -> {
                HttpSession session = session();
                return number -> {
                    session.reset();
                    session.signIn(emails.get(Math.floorMod(number + index, emails.size())), PASSWORD);
                };
            });
            System.out.printf("%7d | %s%n", clients, summary.row());
        }
        System.out.println("\n## Refreshes (POST /api/v1/auth/refresh with the refresh cookie and CSRF header)");
        System.out.println("clients | " + Latencies.Summary.header());
        for (int clients : numbers("refreshClients", "1,4,8,16")) {
            Latencies.Summary summary = ClosedLoop.run(clients, number("refreshes", 4000), 20, index -> {
                HttpSession session = session();
                session.signIn(emails.get(index % emails.size()), PASSWORD);
                return number -> session.post("/api/v1/auth/refresh", null).expect(200, "Refresh");
            });
            System.out.printf("%7d | %s%n", clients, summary.row());
        }
        overhead();
    }

    /** The service's encoder parameters (PasswordHashing): Argon2id, 16-byte salt, 32-byte hash, p=1, 19 MiB, t=2. */
    private static void hashing(int runs) throws Exception {
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        String hash = argon2.encode(PASSWORD);
        for (int i = 0; i < 5; i++) {
            argon2.matches(PASSWORD, hash);
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] nanos = new long[runs];
        long allocated = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            if (!argon2.matches(PASSWORD, hash)) {
                throw new IllegalStateException("hash does not match");
            }
            nanos[i] = System.nanoTime() - start;
        }
        long perHash = (threads.getCurrentThreadAllocatedBytes() - allocated) / runs;
        Arrays.sort(nanos);
        System.out.println(
                "## Argon2id m=19456 KiB, t=2, p=1 (Spring Security Argon2PasswordEncoder, Bouncy Castle), JVM "
                        + ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.printf(
                "one thread: median %.1f ms, min %.1f ms, max %.1f ms per verification (%d runs); %.1f MiB allocated"
                        + " per verification%n",
                nanos[runs / 2] / 1e6, nanos[0] / 1e6, nanos[runs - 1] / 1e6, runs, perHash / 1048576.0);
        int parallel = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < runs * parallel; i++) {
            work.add(pool.submit(() -> argon2.matches(PASSWORD, hash)));
        }
        for (Future<?> future : work) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(
                "%d threads: %.1f verifications/s (the ceiling for sign-ins on this machine, hashing alone)%n",
                parallel, runs * parallel / seconds);
    }

    /** Businesses signed up through the public API (or already there from an earlier run), one owner each. */
    private void accounts(int users) {
        HttpSession session = session();
        for (int i = 1; i <= users; i++) {
            String email = "owner-%02d@bench-auth.example".formatted(i);
            session.reset();
            session.fetchCsrf();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("businessName", "Bench Auth %02d".formatted(i));
            body.put("name", "Owner %02d".formatted(i));
            body.put("email", email);
            body.put("password", PASSWORD);
            HttpSession.Answer answer = session.post("/api/v1/signup", body);
            if (answer.status() != 201 && answer.status() != 409) {
                throw new IllegalStateException(
                        "Sign-up of " + email + " answered " + answer.status() + ": " + answer.body());
            }
            emails.add(email);
        }
        System.out.println("\n" + users + " owners (one per business): " + emails.get(0) + " ...");
    }

    /**
     * What authentication adds to a read: the same public handler ({@code GET /.well-known/security.txt}, a
     * constant text answer) without credentials (the authentication filter finds nothing to check), with the
     * session's access cookie, and with a bearer API token; the three interleaved request by request so that drift
     * in the machine's load hits all alike. Then a small authenticated API read, {@code GET /api/v1/customers/{id}},
     * with the cookie and with the token.
     */
    private void overhead() throws Exception {
        HttpSession owner = session();
        owner.signIn(emails.get(0), PASSWORD);
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("kind", "PERSON");
        customer.put("firstName", "Rosa");
        customer.put("lastName", "Diaz");
        customer.put("phones", List.of("+1 512 555 0100"));
        String customerId = owner.post("/api/v1/customers", customer)
                .expect(201, "New customer")
                .json()
                .get("id")
                .asString();
        Map<String, Object> token = new LinkedHashMap<>();
        token.put("name", "bench " + System.currentTimeMillis());
        token.put("permissions", List.of("customers:read"));
        String secret = owner.post("/api/v1/api-tokens", token)
                .expect(201, "New API token")
                .json()
                .get("token")
                .asString();
        int reads = number("reads", 4000);
        String[] modes = {"anonymous", "cookie", "bearer"};
        String[] paths = {"/.well-known/security.txt", "/api/v1/customers/" + customerId};
        for (String path : paths) {
            boolean publicPath = path.startsWith("/.well-known");
            System.out.println("\n## GET " + (publicPath ? path : "/api/v1/customers/{id}")
                    + (publicPath ? " (public handler)" : " (customers:read)"));
            System.out.println("clients | mode      | " + Latencies.Summary.header());
            for (int clients : numbers("readClients", "1,8")) {
                List<String> used = publicPath ? List.of(modes) : List.of("cookie", "bearer");
                Map<String, Latencies> byMode = new LinkedHashMap<>();
                for (String mode : used) {
                    byMode.put(mode, new Latencies(reads));
                }
                long wall = interleaved(clients, reads, path, used, byMode, secret);
                for (var entry : byMode.entrySet()) {
                    System.out.printf(
                            "%7d | %-9s | %s%n",
                            clients,
                            entry.getKey(),
                            entry.getValue().summary(wall).row());
                }
            }
        }
    }

    /** Each client cycles through the modes request by request; returns the wall time of the whole run. */
    private long interleaved(
            int clients, int reads, String path, List<String> modes, Map<String, Latencies> byMode, String secret)
            throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            int index = i;
            Thread thread = new Thread(() -> {
                try {
                    HttpClient connection = HttpSearchClient.connection(tls);
                    Map<String, HttpSession> sessions = new LinkedHashMap<>();
                    for (String mode : modes) {
                        HttpSession session = new HttpSession(connection, base);
                        switch (mode) {
                            case "cookie" -> session.signIn(emails.get(0), PASSWORD);
                            case "bearer" -> session.bearer(secret);
                            default -> {}
                        }
                        sessions.put(mode, session);
                    }
                    for (int w = 0; w < 200; w++) {
                        for (var session : sessions.values()) {
                            session.get(path).expect(200, path);
                        }
                    }
                    boolean going = true;
                    int turn = index;
                    while (going) {
                        for (int m = 0; m < modes.size(); m++) {
                            String mode = modes.get((m + turn) % modes.size());
                            Latencies latencies = byMode.get(mode);
                            int number = latencies.claim();
                            if (number < 0) {
                                going = false;
                                continue;
                            }
                            long begin = System.nanoTime();
                            sessions.get(mode).get(path).expect(200, path);
                            latencies.record(number, System.nanoTime() - begin);
                        }
                        turn++;
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("A reader failed", failures.get(0));
        }
        return System.nanoTime() - start;
    }
}
