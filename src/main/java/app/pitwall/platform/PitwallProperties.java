package app.pitwall.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything an operator can set, as {@code pitwall.*} properties or {@code PITWALL_*} environment
 * variables ({@code PITWALL_DB_OWNER_USER} binds to {@code pitwall.db.owner-user}).
 *
 * @param dataDir where the embedded database, the generated certificate and keys are kept
 * @param httpsPort the HTTPS port
 * @param httpPort the plain-HTTP port, which only redirects to HTTPS; 0 for none. When {@code tls.enabled} is false it
 *     is the port the application itself is served on
 * @param demo whether the demo tenant is created on first start
 * @param db the external database; when {@code db.url} is empty the embedded one is started
 * @param tls whether Pitwall terminates TLS itself
 * @param publicUrl the origin people reach Pitwall at ({@code PITWALL_PUBLIC_URL}); where the plain-HTTP port sends
 *     browsers, never to the host a request names
 */
@Validated
@ConfigurationProperties("pitwall")
public record PitwallProperties(
        @NotNull @DefaultValue("./data") Path dataDir,
        @Min(1) @Max(65535) @DefaultValue("8443") int httpsPort,
        @Min(0) @Max(65535) @DefaultValue("8080") int httpPort,
        @DefaultValue("true") boolean demo,
        @Valid @NotNull @DefaultValue Db db,
        @Valid @NotNull @DefaultValue Tls tls,

        @NotBlank
        @Pattern(regexp = "^https?://[^/?#]+$", message = "must be an origin such as https://shop.example")
        @DefaultValue(DEFAULT_PUBLIC_URL)
        String publicUrl) {

    /** Where a fresh installation is reached: the embedded default's HTTPS port on this machine. */
    public static final String DEFAULT_PUBLIC_URL = "https://localhost:8443";

    /** The host of {@link #publicUrl}, without port or brackets. */
    public String publicHost() {
        return java.net.URI.create(publicUrl).getHost().replaceAll("^\\[|\\]$", "");
    }

    /**
     * The external PostgreSQL: a JDBC URL and two roles, the owner that runs migrations and the
     * application role the service uses.
     */
    public record Db(
            String url,
            @DefaultValue("pitwall_owner") String ownerUser,
            String ownerPassword,
            @DefaultValue("pitwall_app") String appUser,
            String appPassword,
            @Min(1) @DefaultValue("10") int poolSize) {

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    /**
     * Whether Pitwall serves HTTPS itself (the default) or a reverse proxy in front of it terminates TLS, in which
     * case Pitwall serves plain HTTP on {@code http-port}.
     */
    public record Tls(@DefaultValue("true") boolean enabled) {}
}
