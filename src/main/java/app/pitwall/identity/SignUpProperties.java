package app.pitwall.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether anyone may sign a new business up ({@code pitwall.signup.enabled}, or {@code
 * PITWALL_SIGNUP_ENABLED}). A single-business install turns it off after its own sign-up.
 */
@ConfigurationProperties("pitwall.signup")
public record SignUpProperties(@DefaultValue("true") boolean enabled) {}
