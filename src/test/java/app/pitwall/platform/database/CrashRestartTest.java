package app.pitwall.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.PitwallApplication;
import app.pitwall.support.ApiClient;
import app.pitwall.support.TestDataDirectory;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pitwall killed with {@code kill -9} while four writers add customers starts again on the same data directory, and
 * every write it acknowledged is there with its audit entry and the trail verifies: once with the embedded PostgreSQL
 * left running as an orphan (its watchdog killed too), which the next start stops cleanly; once with the watchdog in
 * place, which stops the server as soon as the JVM dies; and a start beside a running Pitwall is refused without
 * touching its server. Pitwall runs as a separate JVM with the 256 MiB heap of the
 * start command, on the main classes and dependencies of this test run.
 */
class CrashRestartTest {

    private static final int WRITERS = 4;
    private static final int WRITES_BEFORE_KILL = 40;
    private static final String PASSWORD = "crash restart ledger 42";

    private final List<Process> started = new ArrayList<>();
    private final Path dataDir = dataDirectory();
    private final int port = freePort();
    private final String base = "http://localhost:" + port;

    @AfterEach
    void stopWhatWasStarted() throws Exception {
        for (Process process : started) {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
        leftoverServer().ifPresent(ProcessHandle::destroy);
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndTheNextStartStopsTheOrphanedServer() throws Exception {
        Process first = start("first");
        String email = "owner-" + UUID.randomUUID() + "@crash.example";
        ApiClient owner = new ApiClient(base);
        assertThat(owner.post(
                                "/api/v1/signup",
                                Map.of(
                                        "businessName",
                                        "Crash Test Garage",
                                        "name",
                                        "Casey Crash",
                                        "email",
                                        email,
                                        "password",
                                        PASSWORD))
                        .status())
                .isEqualTo(201);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();

        writeUntilKilled(email, acknowledged, () -> {
            first.toHandle().children().forEach(ProcessHandle::destroyForcibly);
            first.destroyForcibly();
        });
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long orphan = leftoverServer()
                .map(ProcessHandle::pid)
                .orElseThrow(() -> new AssertionError("the server should have been left running without its watchdog"));

        Process second = start("second");
        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive))
                .as("the orphan was stopped")
                .isEmpty();
        assertEveryWriteIsThereAndTheTrailVerifies(email, acknowledged);
        assertThat(Files.readString(logOf("second"))).contains("from an earlier start is still running");

        Process intruder = launch("intruder", freePort());
        assertThat(intruder.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(intruder.exitValue()).isNotZero();
        assertThat(Files.readString(logOf("intruder")))
                .as("a start beside a running Pitwall is refused and leaves its server alone")
                .contains("is running on", "stop it first");
        assertThat(new ApiClient(base).signIn(email, PASSWORD).get("/api/v1/me").status())
                .isEqualTo(200);

        writeUntilKilled(email, acknowledged, second::destroyForcibly);
        assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(waitUntilNoServer(Duration.ofSeconds(60)))
                .as("the watchdog stops the server when the JVM dies")
                .isTrue();

        Process third = start("third");
        assertEveryWriteIsThereAndTheTrailVerifies(email, acknowledged);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(2 * WRITES_BEFORE_KILL);
        for (String log : List.of("first", "second", "third")) {
            assertThat(Files.readString(logOf(log))).doesNotContain("Using generated security password");
        }
        third.destroy();
        assertThat(third.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(waitUntilNoServer(Duration.ofSeconds(30)))
                .as("a normal stop stops the server")
                .isTrue();
    }

    /** Four writers add customers; once enough are acknowledged the service is killed while they keep writing. */
    private void writeUntilKilled(String email, Set<String> acknowledged, Runnable kill) throws Exception {
        int before = acknowledged.size();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch killed = new CountDownLatch(1);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                ApiClient client = new ApiClient(base).signIn(email, PASSWORD);
                for (int n = 0; n < 10_000 && System.nanoTime() < deadline; n++) {
                    String name = "Writer" + writer + "-" + UUID.randomUUID();
                    try {
                        ApiClient.Response created = client.post("/api/v1/customers", Map.of("lastName", name));
                        if (created.status() == 201) {
                            acknowledged.add(created.json().get("id").asString() + " " + name);
                        }
                    } catch (RuntimeException refused) {
                        if (killed.getCount() == 0) {
                            return null;
                        }
                    }
                }
                return null;
            });
        }
        while (acknowledged.size() < before + WRITES_BEFORE_KILL && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        kill.run();
        killed.countDown();
        writers.shutdown();
        assertThat(writers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    }

    private void assertEveryWriteIsThereAndTheTrailVerifies(String email, Set<String> acknowledged) {
        ApiClient owner = new ApiClient(base).signIn(email, PASSWORD);
        for (String write : acknowledged) {
            String id = write.substring(0, write.indexOf(' '));
            String name = write.substring(write.indexOf(' ') + 1);
            ApiClient.Response customer = owner.get("/api/v1/customers/" + id);
            assertThat(customer.status()).as(write).isEqualTo(200);
            assertThat(customer.json().get("lastName").asString()).isEqualTo(name);
            assertThat(owner.get("/api/v1/audit/subjects/customer/" + id).json().get("items"))
                    .as("audit entry of " + write)
                    .isNotEmpty();
        }
        ApiClient.Response verified = owner.get("/api/v1/audit/verify");
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.body()).contains("\"valid\":true");
    }

    /** Starts Pitwall in its own JVM on the data directory and waits until it has started. */
    private Process start(String name) throws Exception {
        Process process = launch(name, port);
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            String log = Files.readString(logOf(name), StandardCharsets.UTF_8);
            if (log.contains("Started PitwallApplication")) {
                return process;
            }
            if (!process.isAlive()) {
                throw new AssertionError("Pitwall did not start:\n" + log);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Pitwall did not start in time:\n" + Files.readString(logOf(name)));
    }

    private Process launch(String name, int httpPort) throws IOException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                applicationClassPath(),
                PitwallApplication.class.getName(),
                "--pitwall.data-dir=" + dataDir,
                "--pitwall.tls.enabled=false",
                "--pitwall.http-port=" + httpPort,
                "--pitwall.demo=false",
                "--pitwall.sign-in.address-limit-per-minute=100000");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logOf(name).toFile())
                .start();
        started.add(process);
        return process;
    }

    private Path logOf(String name) {
        return dataDir.resolveSibling(dataDir.getFileName() + "-" + name + ".log");
    }

    /** The running postgres named by the cluster's lock file, if any. */
    private Optional<ProcessHandle> leftoverServer() {
        return LeftoverServer.find(dataDir.resolve("postgres/cluster"))
                .filter(LeftoverServer::running)
                .flatMap(server -> ProcessHandle.of(server.pid()));
    }

    private boolean waitUntilNoServer(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            if (leftoverServer().isEmpty()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** The main classes and every dependency of this run, without the test classes. */
    private static String applicationClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")
                    && Path.of(entry).getFileName().toString().startsWith("surefirebooter")) {
                try (JarFile booter = new JarFile(entry)) {
                    Manifest manifest = booter.getManifest();
                    for (String url :
                            manifest.getMainAttributes().getValue("Class-Path").split(" ")) {
                        entries.add(Path.of(URI.create(url)).toString());
                    }
                }
            } else {
                entries.add(entry);
            }
        }
        return String.join(
                File.pathSeparator,
                entries.stream()
                        .filter(e -> !e.endsWith("test-classes") && !e.endsWith("test-classes/"))
                        .toList());
    }

    private static Path dataDirectory() {
        try {
            Path directory = Files.createTempDirectory(TestDataDirectory.path(), "crash-");
            directory.toFile().setReadable(true, false);
            directory.toFile().setExecutable(true, false);
            return directory;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
