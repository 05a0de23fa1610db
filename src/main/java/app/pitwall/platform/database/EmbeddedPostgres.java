package app.pitwall.platform.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

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
            Path binaries = extractBinaries(directory.resolve("binaries"), PostgresBinaries.forThisMachine(), asRoot);
            Path cluster = directory.resolve("cluster");
            Path passwordFile = directory.resolve("superuser.password");
            if (!Files.exists(cluster.resolve("PG_VERSION"))) {
                String password = randomSecret();
                writeOwnerOnly(passwordFile, password);
                initdb(binaries, cluster, passwordFile, asRoot);
            }
            String password = Files.readString(passwordFile).strip();
            EmbeddedPostgres server = new EmbeddedPostgres(binaries, cluster, password, freePort(), asRoot);
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
        run(command, asRoot, Duration.ofSeconds(90));
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
        run(
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

    private static void initdb(Path binaries, Path cluster, Path passwordFile, boolean asRoot) throws IOException {
        Files.createDirectories(cluster);
        if (asRoot) {
            chownToNobody(cluster);
            chownToNobody(passwordFile);
        }
        run(
                List.of(
                        binaries.resolve("bin/initdb").toString(),
                        "-D",
                        cluster.toString(),
                        "-U",
                        "postgres",
                        "--auth=scram-sha-256",
                        "--pwfile=" + passwordFile,
                        "-E",
                        "UTF-8",
                        "--locale=C"),
                asRoot,
                Duration.ofSeconds(120));
        if (asRoot) {
            Files.setOwner(
                    passwordFile,
                    passwordFile.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("root"));
        }
        log.info("Created a new PostgreSQL cluster in {}", cluster);
    }

    private static Path extractBinaries(Path target, PostgresBinaries platform, boolean asRoot) throws IOException {
        Path marker = target.resolve(".complete");
        if (Files.exists(marker)) {
            return target;
        }
        Files.createDirectories(target);
        try (InputStream archive = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(platform.archive())) {
            if (archive == null) {
                throw new IOException("PostgreSQL binaries " + platform.archive() + " are not on the class path."
                        + " Set PITWALL_DB_URL to use an external PostgreSQL.");
            }
            try (TarArchiveInputStream tar =
                    new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive)))) {
                TarArchiveEntry entry;
                List<TarArchiveEntry> links = new ArrayList<>();
                while ((entry = tar.getNextEntry()) != null) {
                    Path file = target.resolve(entry.getName()).normalize();
                    if (!file.startsWith(target)) {
                        throw new IOException("Archive entry escapes the target: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(file);
                    } else if (entry.isSymbolicLink()) {
                        links.add(entry);
                    } else {
                        Files.createDirectories(file.getParent());
                        Files.copy(tar, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        if ((entry.getMode() & 0100) != 0) {
                            file.toFile().setExecutable(true, false);
                        }
                    }
                }
                for (TarArchiveEntry link : links) {
                    Path file = target.resolve(link.getName()).normalize();
                    Files.deleteIfExists(file);
                    Files.createSymbolicLink(file, Path.of(link.getLinkName()));
                }
            }
        }
        if (asRoot) {
            makeReadableByAll(target);
        }
        Files.writeString(marker, "ok");
        return target;
    }

    private static void makeReadableByAll(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                file.toFile().setReadable(true, false);
                if (Files.isDirectory(file)) {
                    file.toFile().setExecutable(true, false);
                }
            }
        }
    }

    private static void chownToNobody(Path path) throws IOException {
        run(List.of("chown", "-R", NOBODY + ":" + NOBODY, path.toString()), false, Duration.ofSeconds(30));
    }

    private static void run(List<String> command, boolean asNobody, Duration timeout) throws IOException {
        List<String> full = new ArrayList<>();
        if (asNobody) {
            full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("Timed out: " + String.join(" ", command));
            }
            if (process.exitValue() != 0) {
                throw new IOException(
                        "Failed (" + process.exitValue() + "): " + String.join(" ", command) + "\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted: " + String.join(" ", command), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content);
    }

    static Properties readProperties(Path file) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
