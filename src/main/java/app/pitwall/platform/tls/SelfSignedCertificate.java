package app.pitwall.platform.tls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The self-signed certificate Pitwall serves HTTPS with when the operator gives none, kept in a PKCS12
 * keystore under a directory of ours (normally {@code ${pitwall.data-dir}/tls}) so that a browser which
 * accepted it once keeps accepting it across restarts.
 *
 * <p>What it guarantees:
 *
 * <ul>
 *   <li>an EC P-256 key and a certificate for {@code CN=localhost} with the subject alternative names
 *       {@code DNS:localhost}, {@code IP:127.0.0.1} and {@code IP:::1}, for server authentication only (not a
 *       CA), with a random serial number, valid for one year from its creation (back-dated one hour for
 *       clocks slightly behind);
 *   <li>the keystore ({@code keystore.p12}) and its random password ({@code keystore.password}, beside it)
 *       are written owner-only ({@code rw-------}), in a directory created owner-only ({@code rwx------}),
 *       each by an atomic move, so a reader never sees half a file;
 *   <li>the stored certificate is reused as long as it is valid for more than 30 more days; when it expires
 *       sooner, or the stored pair cannot be read, a new key and certificate replace it.
 * </ul>
 *
 * <p>The check happens when {@link #obtain} is called, that is on each start of the server; a server running
 * for eleven months without a restart keeps serving the old certificate until it is restarted.
 */
final class SelfSignedCertificate {

    /** The alias of the key entry in the keystore. */
    static final String ALIAS = "pitwall";

    static final Duration VALIDITY = Duration.ofDays(365);
    static final Duration RENEW_BEFORE = Duration.ofDays(30);

    private static final Logger log = LoggerFactory.getLogger(SelfSignedCertificate.class);
    private static final String KEYSTORE_TYPE = "PKCS12";
    private static final String KEYSTORE_FILE = "keystore.p12";
    private static final String PASSWORD_FILE = "keystore.password";
    private static final Duration BACKDATE = Duration.ofHours(1);
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final Path keyStore;
    private final String password;
    private final X509Certificate certificate;

    private SelfSignedCertificate(Path keyStore, String password, X509Certificate certificate) {
        this.keyStore = keyStore;
        this.password = password;
        this.certificate = certificate;
    }

    /**
     * The certificate kept in {@code directory}: the stored one while it stays valid for more than 30 days
     * after {@code clock}'s now, otherwise a newly generated one, which then replaces it on disk.
     *
     * @param directory where the keystore and its password are kept; created owner-only when missing
     */
    static SelfSignedCertificate obtain(Path directory, Clock clock) {
        Path absolute = directory.toAbsolutePath();
        Path keyStoreFile = absolute.resolve(KEYSTORE_FILE);
        Path passwordFile = absolute.resolve(PASSWORD_FILE);
        Instant now = clock.instant();
        return load(keyStoreFile, passwordFile, now)
                .orElseGet(() -> generate(absolute, keyStoreFile, passwordFile, now));
    }

    /** The PKCS12 keystore file, as an absolute path. */
    Path keyStore() {
        return keyStore;
    }

    /** The password of the keystore, which is also the password of its key entry. */
    String password() {
        return password;
    }

    String alias() {
        return ALIAS;
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** The SHA-256 fingerprint of the certificate, as colon-separated hex, for an operator to compare. */
    String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not compute the certificate fingerprint", e);
        }
    }

    private static Optional<SelfSignedCertificate> load(Path keyStoreFile, Path passwordFile, Instant now) {
        if (!Files.isRegularFile(keyStoreFile) || !Files.isRegularFile(passwordFile)) {
            return Optional.empty();
        }
        try {
            String password =
                    Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
            KeyStore store = KeyStore.getInstance(KEYSTORE_TYPE);
            try (InputStream in = Files.newInputStream(keyStoreFile)) {
                store.load(in, password.toCharArray());
            }
            if (!store.isKeyEntry(ALIAS) || !(store.getCertificate(ALIAS) instanceof X509Certificate certificate)) {
                log.warn("{} holds no key named {}; generating a new self-signed certificate", keyStoreFile, ALIAS);
                return Optional.empty();
            }
            if (certificate.getNotAfter().toInstant().isBefore(now.plus(RENEW_BEFORE))) {
                log.info(
                        "The self-signed certificate in {} expires on {}; generating a new one",
                        keyStoreFile,
                        certificate.getNotAfter().toInstant());
                return Optional.empty();
            }
            return Optional.of(new SelfSignedCertificate(keyStoreFile, password, certificate));
        } catch (IOException | GeneralSecurityException e) {
            log.warn("Could not read {} ({}); generating a new self-signed certificate", keyStoreFile, e.toString());
            return Optional.empty();
        }
    }

    private static SelfSignedCertificate generate(Path directory, Path keyStoreFile, Path passwordFile, Instant now) {
        try {
            SecureRandom random = new SecureRandom();
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair keyPair = generator.generateKeyPair();
            X509Certificate certificate = certify(keyPair, now, random);

            byte[] secret = new byte[32];
            random.nextBytes(secret);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);

            KeyStore store = KeyStore.getInstance(KEYSTORE_TYPE);
            store.load(null, null);
            store.setKeyEntry(ALIAS, keyPair.getPrivate(), password.toCharArray(), new Certificate[] {certificate});
            ByteArrayOutputStream encoded = new ByteArrayOutputStream();
            store.store(encoded, password.toCharArray());

            createOwnerOnlyDirectory(directory);
            writeOwnerOnly(keyStoreFile, encoded.toByteArray());
            writeOwnerOnly(passwordFile, password.getBytes(StandardCharsets.UTF_8));

            log.info(
                    "Generated a self-signed certificate for localhost in {}, valid until {}",
                    keyStoreFile,
                    certificate.getNotAfter().toInstant());
            return new SelfSignedCertificate(keyStoreFile, password, certificate);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the self-signed certificate to " + directory, e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Could not generate a self-signed certificate", e);
        }
    }

    private static X509Certificate certify(KeyPair keyPair, Instant now, SecureRandom random)
            throws GeneralSecurityException, OperatorCreationException, CertIOException {
        X500Name subject = new X500Name("CN=localhost");
        BigInteger serial = new BigInteger(128, random).add(BigInteger.ONE);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                subject,
                serial,
                Date.from(now.minus(BACKDATE)),
                Date.from(now.plus(VALIDITY)),
                subject,
                keyPair.getPublic());
        GeneralNames names = new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, "localhost"),
            new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
            new GeneralName(GeneralName.iPAddress, "::1")
        });
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                .addExtension(Extension.subjectAlternativeName, false, names)
                .addExtension(
                        Extension.subjectKeyIdentifier,
                        false,
                        new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keyPair.getPublic()));
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    private static void createOwnerOnlyDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        Files.createDirectories(directory.getParent());
        try {
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(directory)) {
                throw e;
            }
        }
    }

    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(
                file.getParent(),
                file.getFileName().toString(),
                ".tmp",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        try {
            Files.write(temporary, content);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
