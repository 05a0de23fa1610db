package app.pitwall.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secret keys the service needs (session signing and the like). An operator gives them through the
 * environment; otherwise one is generated on first start and kept, owner-only, under the data
 * directory's {@code keys/}. Several instances must share the same values.
 */
public final class Secrets {

    private Secrets() {}

    /**
     * The key named {@code name}: the Base64 value given, or the one kept in {@code dataDir/keys}.
     *
     * @param given a Base64 value from configuration, or null/blank
     */
    public static byte[] key(String name, String given, Path dataDir, int bytes) {
        if (given != null && !given.isBlank()) {
            byte[] decoded = Base64.getDecoder().decode(given.strip());
            if (decoded.length < bytes) {
                throw new IllegalStateException("The " + name + " key must be at least " + bytes + " bytes");
            }
            return decoded;
        }
        Path file = dataDir.resolve("keys").resolve(name + ".key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[bytes];
                new SecureRandom().nextBytes(fresh);
                Path temporary = Files.createTempFile(
                        file.getParent(),
                        name,
                        ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(temporary, Base64.getEncoder().encodeToString(fresh));
                Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the " + name + " key in " + file, e);
        }
    }
}
