package app.pitwall.platform.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * What the embedded server needs on disk and from the system: the binaries unpacked from their archive, a cluster
 * made by {@code initdb} with password authentication, commands run (as {@code nobody} when Pitwall runs as root),
 * and the owner-only files that hold its secrets.
 */
final class PostgresFiles {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresFiles.class);
    private static final int NOBODY = EmbeddedPostgres.NOBODY;

    private PostgresFiles() {}

    static void initdb(Path binaries, Path cluster, Path passwordFile, boolean asRoot) throws IOException {
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
        LOG.info("Created a new PostgreSQL cluster in {}", cluster);
    }

    static Path extractBinaries(Path target, PostgresBinaries platform, boolean asRoot) throws IOException {
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

    static void makeReadableByAll(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                file.toFile().setReadable(true, false);
                if (Files.isDirectory(file)) {
                    file.toFile().setExecutable(true, false);
                }
            }
        }
    }

    static void chownToNobody(Path path) throws IOException {
        run(List.of("chown", "-R", NOBODY + ":" + NOBODY, path.toString()), false, Duration.ofSeconds(30));
    }

    static void run(List<String> command, boolean asNobody, Duration timeout) throws IOException {
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

    static int freePort() throws IOException {
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
