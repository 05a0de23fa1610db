package app.pitwall.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.identity.SessionProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The environment variables the README documents bind to the settings they name. */
class PitwallPropertiesTest {

    private static Binder binderFor(Map<String, Object> environment) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
        return new Binder(ConfigurationPropertySources.from(sources));
    }

    @Test
    void documentedEnvironmentVariablesConfigurePitwall() {
        Binder binder = binderFor(Map.of(
                "PITWALL_DATA_DIR", "/srv/pitwall",
                "PITWALL_HTTPS_PORT", "9443",
                "PITWALL_HTTP_PORT", "0",
                "PITWALL_DEMO", "false",
                "PITWALL_TLS_ENABLED", "false",
                "PITWALL_DB_URL", "jdbc:postgresql://db/pitwall",
                "PITWALL_DB_OWNER_USER", "shop_owner",
                "PITWALL_DB_OWNER_PASSWORD", "o",
                "PITWALL_DB_APP_USER", "shop_app",
                "PITWALL_DB_APP_PASSWORD", "a"));

        PitwallProperties properties = binder.bindOrCreate("pitwall", PitwallProperties.class);

        assertThat(properties.dataDir()).isEqualTo(Path.of("/srv/pitwall"));
        assertThat(properties.httpsPort()).isEqualTo(9443);
        assertThat(properties.httpPort()).isZero();
        assertThat(properties.demo()).isFalse();
        assertThat(properties.tls().enabled()).isFalse();
        assertThat(properties.db().external()).isTrue();
        assertThat(properties.db().ownerUser()).isEqualTo("shop_owner");
        assertThat(properties.db().ownerPassword()).isEqualTo("o");
        assertThat(properties.db().appUser()).isEqualTo("shop_app");
        assertThat(properties.db().appPassword()).isEqualTo("a");
    }

    @Test
    void withNothingSetTheEmbeddedDefaultsApply() {
        PitwallProperties properties = binderFor(Map.of()).bindOrCreate("pitwall", PitwallProperties.class);

        assertThat(properties.dataDir().normalize()).isEqualTo(Path.of("data"));
        assertThat(properties.httpsPort()).isEqualTo(8443);
        assertThat(properties.httpPort()).isEqualTo(8080);
        assertThat(properties.demo()).isTrue();
        assertThat(properties.tls().enabled()).isTrue();
        assertThat(properties.db().external()).isFalse();
    }

    @Test
    void sessionLifetimesAreSetFromTheEnvironment() {
        SessionProperties sessions = binderFor(Map.of(
                        "PITWALL_SESSIONS_ACCESS_LIFETIME", "5m",
                        "PITWALL_SESSIONS_IDLE_TIMEOUT", "15m",
                        "PITWALL_SESSIONS_ABSOLUTE_LIFETIME", "7d"))
                .bindOrCreate("pitwall.sessions", SessionProperties.class);

        assertThat(sessions.accessLifetime()).isEqualTo(Duration.ofMinutes(5));
        assertThat(sessions.idleTimeout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(sessions.absoluteLifetime()).isEqualTo(Duration.ofDays(7));
    }
}
