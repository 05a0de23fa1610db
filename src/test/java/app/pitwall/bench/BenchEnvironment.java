package app.pitwall.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * What the benchmark programs learn from the data directory of a running Pitwall on its embedded defaults: the port
 * of the embedded PostgreSQL, the passwords of its three roles and the self-signed certificate to trust.
 *
 * <p>Nothing is read from the repository; everything comes from {@code PITWALL_DATA_DIR}, which the service wrote
 * on its first start.
 */
record BenchEnvironment(Path dataDir) {

    static final String OWNER = "pitwall_owner";
    static final String APP = "pitwall_app";
    static final String SUPERUSER = "postgres";

    /** The data directory named by {@code PITWALL_DATA_DIR}, else {@code ./data}. */
    /**
     * A benchmark's {@code key=value} options, as {@code exec:java -Dexec.args="..."} passes them (one argument,
     * or several, split on spaces); anything without {@code =} is ignored.
     */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            for (String part : arg.split("\\s+")) {
                if (part.contains("=")) {
                    options.put(part.substring(0, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
                }
            }
        }
        return options;
    }

    static BenchEnvironment fromEnvironment() {
        String dir = System.getenv().getOrDefault("PITWALL_DATA_DIR", "./data");
        return new BenchEnvironment(Path.of(dir).toAbsolutePath().normalize());
    }

    /** The port of the running embedded PostgreSQL: line 4 of its {@code postmaster.pid}. */
    int databasePort() {
        List<String> lines = lines(dataDir.resolve("postgres/cluster/postmaster.pid"));
        if (lines.size() < 4) {
            throw new IllegalStateException("The embedded PostgreSQL of " + dataDir + " is not running");
        }
        return Integer.parseInt(lines.get(3).strip());
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + databasePort() + "/pitwall?ApplicationName=pitwall-bench";
    }

    /** A new connection as one of {@link #OWNER}, {@link #APP} or {@link #SUPERUSER}. */
    Connection connect(String role) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), role, password(role));
    }

    String password(String role) {
        if (SUPERUSER.equals(role)) {
            return read(dataDir.resolve("postgres/superuser.password")).strip();
        }
        Properties roles = new Properties();
        try (var reader = Files.newBufferedReader(dataDir.resolve("postgres/roles.properties"))) {
            roles.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String password = roles.getProperty(role);
        if (password == null) {
            throw new IllegalStateException("No password for role " + role + " in " + dataDir);
        }
        return password;
    }

    /** TLS that trusts exactly the self-signed certificate the service generated in {@code tls/keystore.p12}. */
    SSLContext trustingOwnCertificate() {
        try (InputStream in = Files.newInputStream(dataDir.resolve("tls/keystore.p12"))) {
            char[] password =
                    read(dataDir.resolve("tls/keystore.password")).strip().toCharArray();
            KeyStore keystore = KeyStore.getInstance("PKCS12");
            keystore.load(in, password);
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            for (String alias : java.util.Collections.list(keystore.aliases())) {
                trusted.setCertificateEntry(alias, keystore.getCertificate(alias));
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the certificate under " + dataDir.resolve("tls"), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
