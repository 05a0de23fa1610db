package app.pitwall.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How second factors are kept ({@code pitwall.mfa.*}).
 *
 * @param encryptionKey Base64 key (32 bytes or more; the first 32 are used) that encrypts TOTP secrets at rest;
 *     every instance needs the same one. Generated under the data directory when not given.
 */
@ConfigurationProperties("pitwall.mfa")
public record MfaProperties(String encryptionKey) {}
