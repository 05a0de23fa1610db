package app.pitwall.audit.internal;

import app.pitwall.platform.PitwallProperties;
import app.pitwall.platform.Secrets;
import java.util.Arrays;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key that signs checkpoints. It lives outside the database: in {@code
 * PITWALL_AUDIT_SIGNING_KEY} (Base64 of the 32-byte seed) or, when that is not set, in a file made on
 * first start with owner-only permissions under the data directory's {@code keys/}. Someone who can
 * change the database but not read this key cannot make a checkpoint that matches a rewritten trail.
 */
@Component
class SigningKey {

    private final Ed25519PrivateKeyParameters privateKey;
    private final byte[] publicKey;

    SigningKey(AuditProperties audit, PitwallProperties pitwall) {
        byte[] seed = Secrets.key("audit-signing", audit.signingKey(), pitwall.dataDir(), 32);
        this.privateKey = new Ed25519PrivateKeyParameters(Arrays.copyOf(seed, 32), 0);
        this.publicKey = privateKey.generatePublicKey().getEncoded();
    }

    byte[] publicKey() {
        return publicKey.clone();
    }

    byte[] sign(byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateKey);
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    /** Whether {@code signature} is {@code publicKey}'s Ed25519 signature of {@code message}. */
    static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey == null || publicKey.length != 32 || signature == null || signature.length != 64) {
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }
}
