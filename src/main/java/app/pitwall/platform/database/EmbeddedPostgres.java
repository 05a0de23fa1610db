package app.pitwall.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server, from the binaries that {@code io.zonky.test.postgres} publishes on Maven
 * Central, whose cluster lives in a directory of ours and survives restarts.
 *
 * <p>Unlike zonky's own launcher it initialises the cluster with password authentication
 * (scram-sha-256, superuser password kept beside the cluster with owner-only permissions) instead
 * of {@code trust}, and when started by root it runs the server as the unprivileged user
 * {@code nobody}, since PostgreSQL refuses to run as root.
 *
 * <p>The server dies with the process that started it: a watchdog ({@link ServerWatchdog}) holds a pipe from this JVM
 * and stops the server the moment the pipe closes, which the kernel does however the JVM ends ({@code kill -9}, an OOM
 * kill). A server still running on the cluster from an earlier process all the same (its watchdog killed too) is
 * found by its {@code postmaster.pid} and stopped cleanly before the start ({@link LeftoverServer}), unless the
 * process that started it is still alive ({@link ServerOwner}): then this start is refused.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    static final int NOBODY = 65534;

    private final Path binaries;
    private final Path cluster;
    private final String superuserPassword;
    private final int port;
    private final boolean asRoot;
    private final java.util.concurrent.atomic.AtomicInteger users = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile Process watchdog;

    private EmbeddedPostgres(Path binaries, Path cluster, String superuserPassword, int port, boolean asRoot) {
        this.binaries = binaries;
        this.cluster = cluster;
        this.superuserPassword = superuserPassword;
        this.port = port;
        this.asRoot = asRoot;
    }

    private static final java.util.Map<Path, EmbeddedPostgres> RUNNING = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The server of this cluster directory, started on first use. Several application contexts in one
     * process (as in a test run) share it; it stops when the process ends.
     */
    public static EmbeddedPostgres running(Path directory) {
        return RUNNING.computeIfAbsent(directory.toAbsolutePath().normalize(), EmbeddedPostgres::start);
    }

    /**
     * Marks one more user (an application context) of this server. The server stops when the last
     * user {@linkplain #release() releases} it, or at process exit once no user remains (waiting a
     * little for them), so it never stops under a context that is still closing its pool.
     */
    public EmbeddedPostgres acquire() {
        users.incrementAndGet();
        return this;
    }

    /** One user is done with the server; the last one stops it. */
    public void release() {
        if (users.decrementAndGet() <= 0) {
            close();
        }
    }

    /**
     * Starts the server on the cluster in {@code directory/cluster}, creating it on first use.
     *
     * @param directory holds the extracted binaries, the cluster and the superuser password
     */
    private static EmbeddedPostgres start(Path directory) {
        try {
            boolean asRoot = "root".equals(System.getProperty("user.name"));
            Files.createDirectories(directory);
            Path binaries = PostgresFiles.extractBinaries(
                    directory.resolve("binaries"), PostgresBinaries.forThisMachine(), asRoot);
            Path cluster = directory.resolve("cluster");
            Path passwordFile = directory.resolve("superuser.password");
            if (!Files.exists(cluster.resolve("PG_VERSION"))) {
                String password = PostgresFiles.randomSecret();
                PostgresFiles.writeOwnerOnly(passwordFile, password);
                PostgresFiles.initdb(binaries, cluster, passwordFile, asRoot);
            }
            String password = Files.readString(passwordFile).strip();
            EmbeddedPostgres server =
                    new EmbeddedPostgres(binaries, cluster, password, PostgresFiles.freePort(), asRoot);
            server.startServer();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    public int port() {
        return port;
    }

    public String superuserPassword() {
        return superuserPassword;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private void startServer() throws IOException {
        LeftoverServer.find(cluster).ifPresent(this::stopLeftover);
        List<String> command = List.of(
                binaries.resolve("bin/pg_ctl").toString(),
                "-D",
                cluster.toString(),
                "-l",
                cluster.resolve("server.log").toString(),
                "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -F"
                        + " -c max_connections=200",
                "-w",
                "-t",
                "60",
                "start");
        PostgresFiles.run(command, asRoot, Duration.ofSeconds(90));
        ServerOwner.record(cluster);
        watchdog = ServerWatchdog.start(binaries.resolve("bin/pg_ctl"), cluster, asRoot);
        Runtime.getRuntime().addShutdownHook(new Thread(this::closeWhenUnused, "embedded-postgres-stop"));
        log.info("Embedded PostgreSQL listening on 127.0.0.1:{}, cluster in {}", port, cluster);
    }

    /**
     * A server an earlier process left running on this cluster: stopped cleanly ({@code pg_ctl stop -m fast}, as on a
     * normal shutdown, so every committed transaction stays), or at once if it does not stop in time. A lock file whose
     * process is gone, or is not a PostgreSQL of this cluster, is stale and removed.
     */
    private void stopLeftover(LeftoverServer leftover) {
        ServerOwner.find(cluster).filter(ServerOwner::alive).ifPresent(owner -> {
            throw new IllegalStateException("Pitwall (process " + owner.pid() + ") is running on " + cluster
                    + " and uses its PostgreSQL; stop it first: one embedded server runs per data directory");
        });
        if (!leftover.running()) {
            log.warn("Removing the stale {} of process {}, which is not running", leftover.lockFile(), leftover.pid());
            try {
                Files.deleteIfExists(leftover.lockFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        log.warn(
                "A PostgreSQL (process {}) from an earlier start is still running on {}; stopping it",
                leftover.pid(),
                cluster);
        try {
            pgCtlStop("fast", Duration.ofSeconds(60));
        } catch (IOException slow) {
            log.warn("It did not stop in time; stopping it immediately: {}", slow.getMessage());
            try {
                pgCtlStop("immediate", Duration.ofSeconds(30));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not stop the PostgreSQL left running on " + cluster, e);
            }
        }
    }

    private void pgCtlStop(String mode, Duration timeout) throws IOException {
        PostgresFiles.run(
                List.of(
                        binaries.resolve("bin/pg_ctl").toString(),
                        "-D",
                        cluster.toString(),
                        "-m",
                        mode,
                        "-w",
                        "-t",
                        Long.toString(timeout.toSeconds()),
                        "stop"),
                asRoot,
                timeout.plusSeconds(10));
    }

    private void closeWhenUnused() {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (users.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
    }

    @Override
    public void close() {
        if (stopped.getAndSet(true)) {
            return;
        }
        RUNNING.values().remove(this);
        Process guard = watchdog;
        if (guard != null) {
            guard.destroy();
        }
        try {
            pgCtlStop("fast", Duration.ofSeconds(30));
        } catch (IOException | RuntimeException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
