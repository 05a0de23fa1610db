package app.pitwall.platform;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Shared infrastructure beans: the clock every module reads time from, so tests can move it, and the bounded places
 * for heavy work.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HeavyWork.Settings.class)
class PlatformConfiguration {

    @Bean
    HeavyWork heavyWork(HeavyWork.Settings settings) {
        return settings.start();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
