package app.pitwall.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import tools.jackson.databind.JsonNode;

/**
 * The repair-order benchmark of issue #5 against a running Pitwall (see {@code bench/workorder-benchmark.sh} and
 * {@code docs/benchmarks.md}). Seeds a new business through the public API (sign-up, then as its owner: customers,
 * vehicles and 200 open repair orders in its location spread over the board's columns, a customer approval link for
 * 100 of them), then measures under closed-loop concurrency: {@code GET /api/v1/job-board?limit=100&locationId=} (its first page of cards) (and the
 * {@code /job-board} page when the service has it), the customer's estimate {@code GET /api/v1/approvals/{token}}
 * (and the {@code /approvals/{token}} page when present), and opening a repair order with 10 lines. Not a test.
 *
 * <p>Options as {@code key=value}: {@code port} (default {@code $PITWALL_HTTPS_PORT}), {@code orders=200}, {@code
 * users=20}, {@code reads=4000}, {@code creates=300}, {@code createClients=1,4}, {@code think=0} (the mean pause in
 * milliseconds between a user's board and approval reads; 0 is a closed loop).
 */
public final class WorkOrderBenchmark {

    static final String PASSWORD = "Bench work orders: correct horse battery staple 2026";

    private final Map<String, String> options;
    private final String base;
    private final SSLContext tls;
    private String email;
    private String locationId;
    private final List<String[]> visits = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();

    private WorkOrderBenchmark(Map<String, String> options) {
        this.options = options;
        String port = options.getOrDefault("port", System.getenv().getOrDefault("PITWALL_HTTPS_PORT", "8443"));
        this.base = "https://localhost:" + port;
        this.tls = BenchEnvironment.fromEnvironment().trustingOwnCertificate();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchEnvironment.options(args);
        new WorkOrderBenchmark(options).run();
        System.exit(0);
    }

    private int number(String key, int fallback) {
        return Integer.parseInt(options.getOrDefault(key, String.valueOf(fallback)));
    }

    private HttpSession session() {
        return new HttpSession(HttpSearchClient.connection(tls), base);
    }

    private HttpSession owner() {
        HttpSession session = session();
        session.signIn(email, PASSWORD);
        return session;
    }

    private void run() throws Exception {
        int orders = number("orders", 200);
        int users = number("users", 20);
        int reads = number("reads", 4000);
        int think = number("think", 0);
        long seedStart = System.nanoTime();
        seed(orders);
        System.out.printf(
                "Seeded through the API in %.1f s: business %s, location %s, %d open orders, %d approval links%n",
                (System.nanoTime() - seedStart) / 1e9, email, locationId, orders, tokens.size());

        String pace = think == 0 ? "no pause between requests" : "about " + think + " ms between a user's requests";
        System.out.println("\n## Job board, " + users + " concurrent users (each its own owner session), " + pace);
        System.out.println("what                         | " + Latencies.Summary.header());
        String boardApi = "/api/v1/job-board?limit=100&locationId=" + locationId;
        HttpSession probe = owner();
        int cards =
                probe.get(boardApi).expect(200, "Job board").json().get("items").size();
        System.out.println("(the board answers " + cards + " cards, "
                + probe.get(boardApi).body().length() + " bytes of JSON)");
        report("GET /api/v1/job-board", ClosedLoop.run(users, reads, 20, think, index -> {
            HttpSession session = owner();
            return n -> session.get(boardApi).expect(200, "Job board");
        }));
        String boardPage = "/job-board?locationId=" + locationId;
        int pageStatus = probe.get(boardPage).status();
        if (pageStatus == 200) {
            report("GET /job-board (page)", ClosedLoop.run(users, reads, 20, think, index -> {
                HttpSession session = owner();
                return n -> session.get(boardPage).expect(200, "Job-board page");
            }));
        } else {
            System.out.println("GET /job-board (page): answered " + pageStatus + ", not measured");
        }

        System.out.println(
                "\n## Customer approval (no sign-in; " + tokens.size() + " links, requests spread over them), " + pace);
        System.out.println("what                         | " + Latencies.Summary.header());
        report("GET /api/v1/approvals/{token}", ClosedLoop.run(users, reads, 5, think, index -> {
            HttpSession customer = session();
            return n -> customer.get("/api/v1/approvals/" + tokens.get(Math.floorMod(n + index, tokens.size())))
                    .expect(200, "Estimate");
        }));
        int approvalPage = session().get("/approvals/" + tokens.get(0)).status();
        if (approvalPage == 200) {
            report("GET /approvals/{token} (page)", ClosedLoop.run(users, reads, 5, think, index -> {
                HttpSession customer = session();
                return n -> customer.get("/approvals/" + tokens.get(Math.floorMod(n + index, tokens.size())))
                        .expect(200, "Approval page");
            }));
        } else {
            System.out.println("GET /approvals/{token} (page): answered " + approvalPage + ", not measured");
        }

        System.out.println("\n## Opening a repair order with 2 jobs and 10 lines (after the reads: the board above"
                + " had exactly " + orders + " open orders)");
        System.out.println("what                         | " + Latencies.Summary.header());
        int creates = number("creates", 300);
        for (String clients : options.getOrDefault("createClients", "1,4").split(",")) {
            int count = Integer.parseInt(clients);
            report("one POST, " + count + " client(s)", ClosedLoop.run(count, creates, 10, index -> {
                HttpSession session = owner();
                return n -> session.post("/api/v1/repair-orders", openBody(Math.floorMod(n + index, orders), true))
                        .expect(201, "Open");
            }));
        }
        report("13 calls: order, 2 jobs, 10 lines", ClosedLoop.run(1, creates / 3, 5, index -> {
            HttpSession session = owner();
            return n -> lineByLine(session, Math.floorMod(n, orders));
        }));
        report("baseline: GET security.txt", ClosedLoop.run(1, creates, 20, index -> {
            HttpSession session = owner();
            return n -> session.get("/.well-known/security.txt").expect(200, "security.txt");
        }));
    }

    private static void report(String what, Latencies.Summary summary) {
        System.out.printf("%-28s | %s%n", what, summary.row());
    }

    private void seed(int orders) {
        HttpSession signUp = session();
        signUp.fetchCsrf();
        email = "owner-" + System.currentTimeMillis() + "@bench-wo.example";
        Map<String, Object> business = new LinkedHashMap<>();
        business.put("businessName", "Bench Motors " + System.currentTimeMillis());
        business.put("name", "Olga Owner");
        business.put("email", email);
        business.put("password", PASSWORD);
        business.put("timeZone", "America/Chicago");
        business.put("currency", "USD");
        business.put("country", "US");
        locationId = signUp.post("/api/v1/signup", business)
                .expect(201, "Sign-up")
                .json()
                .get("locationId")
                .asString();
        HttpSession owner = owner();
        String[] surnames = {"Diaz", "Nguyen", "Okafor", "Schmidt", "Kowalski", "Tanaka", "Haddad", "Moreau"};
        String[] makes = {"Honda Civic", "Toyota Camry", "Ford F-150", "Subaru Outback", "Tesla Model 3"};
        for (int i = 0; i < orders; i++) {
            Map<String, Object> customer = new LinkedHashMap<>();
            customer.put("kind", "PERSON");
            customer.put("firstName", "Customer" + i);
            customer.put("lastName", surnames[i % surnames.length]);
            customer.put("phones", List.of("+1 512 555 %04d".formatted(i)));
            customer.put("locationId", locationId);
            String customerId = owner.post("/api/v1/customers", customer)
                    .expect(201, "Customer")
                    .json()
                    .get("id")
                    .asString();
            String[] make = makes[i % makes.length].split(" ", 2);
            Map<String, Object> vehicle = new LinkedHashMap<>();
            vehicle.put("customerId", customerId);
            vehicle.put("plate", "BN%05d".formatted(i));
            vehicle.put("plateRegion", "TX");
            vehicle.put("year", 2012 + i % 12);
            vehicle.put("make", make[0]);
            vehicle.put("model", make[1]);
            String vehicleId = owner.post("/api/v1/vehicles", vehicle)
                    .expect(201, "Vehicle")
                    .json()
                    .get("id")
                    .asString();
            visits.add(new String[] {customerId, vehicleId});
        }
        // columns: 50 % awaiting approval (with a link), 15 % estimates, 15 % approved, 10 % in progress,
        // 5 % on hold, 5 % ready
        for (int i = 0; i < orders; i++) {
            JsonNode order = owner.post("/api/v1/repair-orders", openBody(i, false))
                    .expect(201, "Open")
                    .json();
            String id = order.get("id").asString();
            String firstJob = order.get("jobs").get(0).get("id").asString();
            int slot = i * 100 / orders;
            if (slot < 50) {
                tokens.add(owner.post("/api/v1/repair-orders/" + id + "/approval-requests", null)
                        .expect(201, "Approval link")
                        .json()
                        .get("token")
                        .asString());
            } else if (slot >= 65) {
                Map<String, Object> verbal = new LinkedHashMap<>();
                verbal.put("jobIds", List.of(firstJob));
                verbal.put("approvedBy", "Customer" + i);
                verbal.put("method", "PHONE");
                owner.post("/api/v1/repair-orders/" + id + "/verbal-approvals", verbal)
                        .expect(201, "Verbal approval");
                if (slot >= 80) {
                    transition(owner, id, "IN_PROGRESS", null);
                }
                if (slot >= 90 && slot < 95) {
                    transition(owner, id, "ON_HOLD", "Waiting for parts");
                }
                if (slot >= 95) {
                    owner.post("/api/v1/repair-orders/" + id + "/jobs/" + firstJob + "/completion", null)
                            .expect(200, "Job done");
                    transition(owner, id, "READY", null);
                }
            }
        }
    }

    private static void transition(HttpSession owner, String id, String to, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        if (reason != null) {
            body.put("reason", reason);
        }
        owner.post("/api/v1/repair-orders/" + id + "/transitions", body).expect(200, "Move to " + to);
    }

    /** A walk-in with two jobs: brakes (2 labor, 3 parts) and a service (1 labor, 4 parts), or without jobs. */
    private Map<String, Object> openBody(int visit, boolean tenLines) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("locationId", locationId);
        body.put("customerId", visits.get(visit)[0]);
        body.put("vehicleId", visits.get(visit)[1]);
        body.put("odometerIn", 40_000 + visit * 37);
        body.put("concerns", List.of("Squeal when braking", "Oil change due"));
        body.put("jobs", tenLines ? List.of(brakes(true), service(true)) : List.of(brakes(false), service(false)));
        return body;
    }

    private static Map<String, Object> brakes(boolean allLines) {
        List<Map<String, Object>> lines = new ArrayList<>();
        lines.add(labor("Replace front pads and resurface rotors", "1.8", "145.00"));
        lines.add(part("Front brake pads", "BP-1042", "1", "38.50", "89.99"));
        if (allLines) {
            lines.add(labor("Brake fluid flush", "0.5", "145.00"));
            lines.add(part("Brake fluid DOT 4", "BF-4", "1", "6.20", "14.99"));
            lines.add(part("Caliper hardware kit", "HK-220", "1", "7.10", "18.50"));
        }
        return job("Front brakes", "Squeal when braking", lines);
    }

    private static Map<String, Object> service(boolean allLines) {
        List<Map<String, Object>> lines = new ArrayList<>();
        lines.add(labor("Oil and filter change", "0.4", "145.00"));
        lines.add(part("Oil 0W-20", "OIL-020", "5", "4.10", "8.99"));
        if (allLines) {
            lines.add(part("Oil filter", "OF-77", "1", "3.40", "9.99"));
            lines.add(part("Drain plug gasket", "DG-12", "1", "0.30", "1.99"));
            lines.add(part("Cabin air filter", "CF-18", "1", "6.80", "24.99"));
        }
        return job("Maintenance service", "Oil change due", lines);
    }

    private static Map<String, Object> job(String title, String complaint, List<Map<String, Object>> lines) {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("title", title);
        job.put("complaint", complaint);
        job.put("lines", lines);
        return job;
    }

    private static Map<String, Object> labor(String description, String hours, String rate) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", "LABOR");
        line.put("description", description);
        line.put("hours", new BigDecimal(hours));
        line.put("rate", new BigDecimal(rate));
        line.put("taxable", true);
        return line;
    }

    private static Map<String, Object> part(
            String description, String partNumber, String quantity, String cost, String price) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", "PART");
        line.put("description", description);
        line.put("partNumber", partNumber);
        line.put("quantity", new BigDecimal(quantity));
        line.put("unitCost", new BigDecimal(cost));
        line.put("unitPrice", new BigDecimal(price));
        line.put("taxable", true);
        return line;
    }

    /** The same order as a client adding one thing at a time: open, then each job, then each line. */
    private void lineByLine(HttpSession session, int visit) {
        Map<String, Object> body = openBody(visit, true);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> jobs = (List<Map<String, Object>>) body.remove("jobs");
        String id = session.post("/api/v1/repair-orders", body)
                .expect(201, "Open")
                .json()
                .get("id")
                .asString();
        for (Map<String, Object> job : jobs) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> lines = (List<Map<String, Object>>) job.remove("lines");
            JsonNode order = session.post("/api/v1/repair-orders/" + id + "/jobs", job)
                    .expect(201, "Job")
                    .json();
            JsonNode added = order.get("jobs").get(order.get("jobs").size() - 1);
            String jobId = added.get("id").asString();
            for (Map<String, Object> line : lines) {
                session.post("/api/v1/repair-orders/" + id + "/jobs/" + jobId + "/lines", line)
                        .expect(201, "Line");
            }
        }
    }
}
