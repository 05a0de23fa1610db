package app.pitwall.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.support.PitwallIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Staff sign in through the identity module only: Boot's in-memory user, whose generated password it would print at
 * every start ("Using generated security password"), is never configured. The separate-process restart test
 * ({@code EmbeddedPostgresCrashRestartTest}) checks the start log itself.
 */
@PitwallIntegrationTest
class NoInMemoryUserTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void noInMemoryUserNorItsGeneratedPasswordIsConfigured() {
        assertThat(context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
        assertThat(ConditionEvaluationReport.get(context.getBeanFactory()).getExclusions())
                .contains(UserDetailsServiceAutoConfiguration.class.getName());
    }
}
