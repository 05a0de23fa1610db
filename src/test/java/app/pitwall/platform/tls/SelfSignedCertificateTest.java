package app.pitwall.platform.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfSignedCertificateTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void generatesTheCertificateOnFirstCallAndReusesTheSameOneOnTheNext() throws Exception {
        Path tls = dataDir.resolve("tls");

        SelfSignedCertificate first = SelfSignedCertificate.obtain(tls, at(NOW));
        SelfSignedCertificate second = SelfSignedCertificate.obtain(tls, at(NOW.plus(Duration.ofDays(10))));

        assertThat(tls.resolve("keystore.p12")).isRegularFile();
        assertThat(first.keyStore()).isEqualTo(tls.resolve("keystore.p12").toAbsolutePath());
        assertThat(second.certificate()).isEqualTo(first.certificate());
        assertThat(second.password()).isEqualTo(first.password());
        assertThat(storedCertificate(second)).isEqualTo(first.certificate());
    }

    @Test
    void writesTheKeystoreAndItsPasswordOwnerOnly() throws Exception {
        Path tls = dataDir.resolve("tls");

        SelfSignedCertificate.obtain(tls, at(NOW));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tls.resolve("keystore.p12"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tls.resolve("keystore.password"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tls)))
                .isEqualTo("rwx------");
        try (var leftovers = Files.list(tls)) {
            assertThat(leftovers.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("keystore.p12", "keystore.password");
        }
    }

    @Test
    void issuesAnEcP256CertificateForLocalhostValidForOneYear() throws Exception {
        SelfSignedCertificate generated = SelfSignedCertificate.obtain(dataDir.resolve("tls"), at(NOW));
        X509Certificate certificate = generated.certificate();

        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=localhost");
        assertThat(certificate.getIssuerX500Principal()).isEqualTo(certificate.getSubjectX500Principal());
        assertThat(certificate.getSubjectAlternativeNames())
                .containsExactlyInAnyOrder(
                        List.of(2, "localhost"), List.of(7, "127.0.0.1"), List.of(7, "0:0:0:0:0:0:0:1"));
        assertThat(certificate.getPublicKey()).isInstanceOf(ECPublicKey.class);
        assertThat(((ECPublicKey) certificate.getPublicKey())
                        .getParams()
                        .getCurve()
                        .getField()
                        .getFieldSize())
                .isEqualTo(256);
        assertThat(certificate.getNotAfter().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(365)));
        assertThat(certificate.getNotBefore().toInstant()).isBeforeOrEqualTo(NOW);
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        assertThat(certificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        certificate.verify(certificate.getPublicKey());
        assertThat(storedKey(generated)).isNotNull();
    }

    @Test
    void regeneratesTheCertificateWhenItExpiresWithinThirtyDays() throws Exception {
        Path tls = dataDir.resolve("tls");
        SelfSignedCertificate original = SelfSignedCertificate.obtain(tls, at(NOW));
        Instant nearExpiry = NOW.plus(Duration.ofDays(365 - 29));

        SelfSignedCertificate renewed = SelfSignedCertificate.obtain(tls, at(nearExpiry));

        assertThat(renewed.certificate()).isNotEqualTo(original.certificate());
        assertThat(renewed.certificate().getSerialNumber())
                .isNotEqualTo(original.certificate().getSerialNumber());
        assertThat(renewed.certificate().getNotAfter().toInstant()).isEqualTo(nearExpiry.plus(Duration.ofDays(365)));
        assertThat(storedCertificate(renewed)).isEqualTo(renewed.certificate());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tls.resolve("keystore.p12"))))
                .isEqualTo("rw-------");
    }

    @Test
    void keepsTheCertificateWhileMoreThanThirtyDaysRemain() {
        Path tls = dataDir.resolve("tls");
        SelfSignedCertificate original = SelfSignedCertificate.obtain(tls, at(NOW));

        SelfSignedCertificate later = SelfSignedCertificate.obtain(tls, at(NOW.plus(Duration.ofDays(365 - 31))));

        assertThat(later.certificate()).isEqualTo(original.certificate());
    }

    @Test
    void replacesAKeystoreThatCannotBeRead() throws Exception {
        Path tls = dataDir.resolve("tls");
        SelfSignedCertificate original = SelfSignedCertificate.obtain(tls, at(NOW));
        Files.writeString(tls.resolve("keystore.password"), "not-the-password");

        SelfSignedCertificate replaced = SelfSignedCertificate.obtain(tls, at(NOW));

        assertThat(replaced.certificate()).isNotEqualTo(original.certificate());
        assertThat(storedCertificate(replaced)).isEqualTo(replaced.certificate());
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static KeyStore load(SelfSignedCertificate certificate) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(certificate.keyStore())) {
            store.load(in, certificate.password().toCharArray());
        }
        return store;
    }

    private static X509Certificate storedCertificate(SelfSignedCertificate certificate) throws Exception {
        return (X509Certificate) load(certificate).getCertificate(certificate.alias());
    }

    private static PrivateKey storedKey(SelfSignedCertificate certificate) throws Exception {
        return (PrivateKey) load(certificate)
                .getKey(certificate.alias(), certificate.password().toCharArray());
    }
}
