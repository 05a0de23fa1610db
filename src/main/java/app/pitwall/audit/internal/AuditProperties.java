package app.pitwall.audit.internal;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the audit trail ({@code pitwall.audit.*}, or {@code PITWALL_AUDIT_*} in the environment).
 *
 * @param signingKey the Ed25519 checkpoint key as the Base64 of its 32-byte seed; when empty, one is
 *     generated on first start and kept owner-only in the data directory's {@code keys/}. Several
 *     instances must share it.
 * @param checkpointInterval how often tenants with new events get a signed checkpoint
 */
@Validated
@ConfigurationProperties("pitwall.audit")
record AuditProperties(
        String signingKey, @NotNull @DefaultValue("PT1H") Duration checkpointInterval) {}
