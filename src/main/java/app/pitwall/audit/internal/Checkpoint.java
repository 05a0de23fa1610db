package app.pitwall.audit.internal;

import app.pitwall.platform.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A signed statement "tenant T's trail had {@code sequence} entries ending in {@code headHash} at
 * {@code time}". Owners download checkpoints and keep them elsewhere; a trail that no longer reaches
 * a kept checkpoint's hash at its sequence number was changed, removed from or reordered up to there.
 *
 * <p>The signature is Ed25519 over the RFC 8785 canonical JSON of every field except {@code signature}.
 */
record Checkpoint(TenantId tenant, long sequence, byte[] headHash, Instant time, byte[] publicKey, byte[] signature) {

    static final String FORMAT = "pitwall-audit-checkpoint/1";

    /** The bytes that are signed. */
    byte[] signedBytes() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("format", FORMAT);
        body.put("tenant", tenant.toString());
        body.put("sequence", sequence);
        body.put("headHash", ChainHash.hex(headHash));
        body.put("time", time.toString());
        body.put("publicKey", Base64.getEncoder().encodeToString(publicKey));
        return CanonicalJson.of(body.toString()).getBytes(StandardCharsets.UTF_8);
    }

    boolean signatureValid() {
        return SigningKey.verify(publicKey, signedBytes(), signature);
    }

    boolean signedBy(byte[] key) {
        return Arrays.equals(publicKey, key);
    }

    ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("format", FORMAT);
        node.put("tenant", tenant.toString());
        node.put("sequence", sequence);
        node.put("headHash", ChainHash.hex(headHash));
        node.put("time", time.toString());
        node.put("publicKey", Base64.getEncoder().encodeToString(publicKey));
        node.put("signature", Base64.getEncoder().encodeToString(signature));
        return node;
    }

    /**
     * Reads a checkpoint as {@link #toJson()} writes it.
     *
     * @throws IllegalArgumentException naming what is missing or malformed
     */
    static Checkpoint fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a checkpoint is a JSON object");
        }
        if (!FORMAT.equals(text(node, "format"))) {
            throw new IllegalArgumentException("format must be " + FORMAT);
        }
        JsonNode sequence = node.get("sequence");
        if (sequence == null || !sequence.isIntegralNumber() || sequence.asLong() < 1) {
            throw new IllegalArgumentException("sequence must be a positive integer");
        }
        try {
            return new Checkpoint(
                    TenantId.of(text(node, "tenant")),
                    sequence.asLong(),
                    ChainHash.fromHex(text(node, "headHash")),
                    Instant.parse(text(node, "time")),
                    Base64.getDecoder().decode(text(node, "publicKey")),
                    Base64.getDecoder().decode(text(node, "signature")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed checkpoint: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value.asString();
    }
}
