package app.pitwall.identity;

import app.pitwall.platform.PitwallProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outside world reaches this installation ({@code pitwall.public-url}, {@code
 * pitwall.security-contact}).
 *
 * @param publicUrl the origin that links in invitations and password-reset messages point to; links
 *     are never built from a request's Host header, which a caller controls
 * @param securityContact where security researchers write, published in {@code
 *     /.well-known/security.txt}; a {@code mailto:} or {@code https:} URI the operator sets
 */
@Validated
@ConfigurationProperties("pitwall")
public record SiteProperties(
        @NotBlank
        @Pattern(regexp = "^https?://[^/?#]+$", message = "must be an origin such as https://shop.example")
        @DefaultValue(PitwallProperties.DEFAULT_PUBLIC_URL)
        String publicUrl,

        @NotBlank
        @Pattern(regexp = "^(mailto:|https://).+", message = "must be a mailto: or https: URI")
        @DefaultValue("mailto:security@localhost")
        String securityContact) {}
