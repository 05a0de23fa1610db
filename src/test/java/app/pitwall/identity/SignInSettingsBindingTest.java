package app.pitwall.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The sign-in protection variables the README documents bind to the settings they name. */
class SignInSettingsBindingTest {

    private static Binder binderFor(Map<String, Object> environment) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
        return new Binder(ConfigurationPropertySources.from(sources));
    }

    @Test
    void theMfaKeyAndTheAddressLimitComeFromTheEnvironment() {
        Binder binder = binderFor(Map.of(
                "PITWALL_MFA_ENCRYPTION_KEY", "c2VjcmV0",
                "PITWALL_SIGN_IN_ADDRESS_LIMIT_PER_MINUTE", "12"));

        assertThat(binder.bindOrCreate("pitwall.mfa", MfaProperties.class).encryptionKey())
                .isEqualTo("c2VjcmV0");
        assertThat(binder.bindOrCreate("pitwall.sign-in", SignInProperties.class)
                        .addressLimitPerMinute())
                .isEqualTo(12);
    }

    @Test
    void withNothingSetThirtyAttemptsAMinuteAndAGeneratedKey() {
        Binder binder = binderFor(Map.of());

        assertThat(binder.bindOrCreate("pitwall.mfa", MfaProperties.class).encryptionKey())
                .isNull();
        assertThat(binder.bindOrCreate("pitwall.sign-in", SignInProperties.class)
                        .addressLimitPerMinute())
                .isEqualTo(30);
    }
}
