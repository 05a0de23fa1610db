package app.pitwall.bench;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;

/**
 * A customer update as a client sees it, for the audit trail's overhead (issue #4, docs/benchmarks.md "Audit
 * trail"): signs up a new business through the API, creates one customer, then times {@code PATCH
 * /api/v1/customers/{id}} changing its notes and phone (one audit entry each, with before and after), one client,
 * closed loop. Run it against two builds of the service to compare them. Not a test.
 *
 * <p>Options as {@code key=value}: {@code port} (default {@code $PITWALL_HTTPS_PORT}), {@code updates=2000},
 * {@code warmup=500}.
 */
public final class CustomerUpdateBenchmark {

    private static final String PASSWORD = "Bench customer updates: correct horse battery staple 2026";

    private CustomerUpdateBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchEnvironment.options(args);
        String port = options.getOrDefault("port", System.getenv().getOrDefault("PITWALL_HTTPS_PORT", "8443"));
        int updates = Integer.parseInt(options.getOrDefault("updates", "2000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "500"));
        HttpClient http =
                HttpSearchClient.connection(BenchEnvironment.fromEnvironment().trustingOwnCertificate());
        HttpSession session = new HttpSession(http, "https://localhost:" + port);

        session.fetchCsrf();
        String email = "owner-" + System.nanoTime() + "@bench-update.example";
        session.post(
                        "/api/v1/signup",
                        Map.of(
                                "businessName",
                                "Bench Updates " + System.nanoTime(),
                                "name",
                                "Uma Updater",
                                "email",
                                email,
                                "password",
                                PASSWORD))
                .expect(201, "Sign-up");
        session.reset().signIn(email, PASSWORD);
        String id = session.post("/api/v1/customers", Map.of("firstName", "Pat", "lastName", "Patcher"))
                .expect(201, "Customer")
                .json()
                .get("id")
                .asString();

        Latencies latencies = new Latencies(updates);
        long measuredFrom = 0;
        for (int n = -warmup; n < updates; n++) {
            if (n == 0) {
                measuredFrom = System.nanoTime();
            }
            Map<String, Object> change = Map.of(
                    "notes",
                    "Visit " + n,
                    "phones",
                    List.of("(217) 555-" + String.format("%04d", Math.floorMod(n, 10_000))));
            long start = System.nanoTime();
            session.patch("/api/v1/customers/" + id, change).expect(200, "Update");
            long elapsed = System.nanoTime() - start;
            if (n >= 0) {
                latencies.record(n, elapsed);
            }
        }
        long wall = System.nanoTime() - measuredFrom;
        System.out.println("PATCH /api/v1/customers/{id}, 1 client | " + Latencies.Summary.header());
        System.out.println("                                        | "
                + latencies.summary(wall).row());
        System.exit(0);
    }
}
