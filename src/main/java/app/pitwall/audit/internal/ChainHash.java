package app.pitwall.audit.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The link of the chain: {@code hash(n) = SHA-256(hash(n-1) || canonical bytes of entry n)}, starting
 * from 32 zero bytes before the first entry of a tenant.
 */
final class ChainHash {

    static final int LENGTH = 32;

    private static final byte[] GENESIS = new byte[LENGTH];

    private ChainHash() {}

    static byte[] genesis() {
        return GENESIS.clone();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The next link; {@code digest} is reused and left reset. */
    static byte[] next(MessageDigest digest, byte[] previous, byte[] entry) {
        digest.update(previous);
        digest.update(entry);
        return digest.digest();
    }

    static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    static byte[] fromHex(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("A chain hash has 32 bytes");
        }
        return bytes;
    }
}
