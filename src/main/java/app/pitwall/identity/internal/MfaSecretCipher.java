package app.pitwall.identity.internal;

import app.pitwall.identity.MfaProperties;
import app.pitwall.platform.PitwallProperties;
import app.pitwall.platform.Secrets;
import app.pitwall.platform.TenantId;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.ConfigurationV0;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.util.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Encrypts TOTP secrets at rest with Tink's AES-256-GCM AEAD. The key comes from {@code
 * pitwall.mfa.encryption-key} or is generated under the data directory; the ciphertext is bound to
 * its tenant and user as associated data, so a secret copied onto another account does not open.
 */
@Component
class MfaSecretCipher {

    private final Aead aead;

    MfaSecretCipher(MfaProperties properties, PitwallProperties pitwall) {
        byte[] key = Secrets.key("mfa-secrets", properties.encryptionKey(), pitwall.dataDir(), 32);
        try {
            AesGcmParameters parameters = AesGcmParameters.builder()
                    .setKeySizeBytes(32)
                    .setIvSizeBytes(12)
                    .setTagSizeBytes(16)
                    .setVariant(AesGcmParameters.Variant.NO_PREFIX)
                    .build();
            AesGcmKey aesGcmKey = AesGcmKey.builder()
                    .setParameters(parameters)
                    .setKeyBytes(SecretBytes.copyFrom(Arrays.copyOf(key, 32), InsecureSecretKeyAccess.get()))
                    .build();
            KeysetHandle keyset = KeysetHandle.newBuilder()
                    .addEntry(KeysetHandle.importKey(aesGcmKey).withRandomId().makePrimary())
                    .build();
            this.aead = keyset.getPrimitive(ConfigurationV0.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not set up the MFA secret encryption", e);
        }
    }

    byte[] seal(byte[] secret, TenantId tenant, UUID user) {
        try {
            return aead.encrypt(secret, boundTo(tenant, user));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt an MFA secret", e);
        }
    }

    byte[] open(byte[] ciphertext, TenantId tenant, UUID user) {
        try {
            return aead.decrypt(ciphertext, boundTo(tenant, user));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An MFA secret does not decrypt: wrong key or not this account's", e);
        }
    }

    private static byte[] boundTo(TenantId tenant, UUID user) {
        return ("pitwall-mfa-v1:" + tenant + ":" + user).getBytes(StandardCharsets.US_ASCII);
    }
}
