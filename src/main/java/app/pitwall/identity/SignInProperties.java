package app.pitwall.identity;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on sign-in traffic ({@code pitwall.sign-in.*}). The per-account lockout (10 failures in 15
 * minutes) is fixed policy; the per-address rate is the operator's to tune, for example behind a
 * proxy that many users share.
 *
 * @param addressLimitPerMinute attempts one source address may make per minute on each group of
 *     sign-in endpoints (password, code, refresh, re-authentication, public token endpoints)
 */
@Validated
@ConfigurationProperties("pitwall.sign-in")
public record SignInProperties(@Min(1) @DefaultValue("30") int addressLimitPerMinute) {}
