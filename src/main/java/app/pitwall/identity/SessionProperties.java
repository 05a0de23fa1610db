package app.pitwall.identity;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long sign-ins last ({@code pitwall.sessions.*}).
 *
 * @param accessLifetime lifetime of the access credential (at most 10 minutes)
 * @param idleTimeout a session family dies after this long without a refresh
 * @param absoluteLifetime the longest a sign-in can last (at most 30 days)
 * @param refreshGrace two tabs refreshing at the same moment within this window get the same successor
 * @param revocationCheck how long an instance may trust a session it checked; revocation reaches every instance
 *     within this
 * @param signingKey Base64 key that signs access credentials; every instance needs the same one. Generated under
 *     the data directory when not given.
 */
@Validated
@ConfigurationProperties("pitwall.sessions")
public record SessionProperties(
        @NotNull @DefaultValue("10m") Duration accessLifetime,
        @NotNull @DefaultValue("30m") Duration idleTimeout,
        @NotNull @DefaultValue("30d") Duration absoluteLifetime,
        @NotNull @DefaultValue("5s") Duration refreshGrace,
        @NotNull @DefaultValue("2s") Duration revocationCheck,
        String signingKey) {

    public SessionProperties {
        if (accessLifetime.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("pitwall.sessions.access-lifetime must be at most 10 minutes");
        }
        if (absoluteLifetime.compareTo(Duration.ofDays(30)) > 0) {
            throw new IllegalArgumentException("pitwall.sessions.absolute-lifetime must be at most 30 days");
        }
        if (refreshGrace.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new IllegalArgumentException("pitwall.sessions.refresh-grace must be a few seconds at most");
        }
        if (revocationCheck.compareTo(Duration.ofSeconds(5)) > 0) {
            throw new IllegalArgumentException("pitwall.sessions.revocation-check must be at most 5 seconds");
        }
    }
}
