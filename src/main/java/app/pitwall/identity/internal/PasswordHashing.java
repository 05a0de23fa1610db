package app.pitwall.identity.internal;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id at OWASP's parameters (19 MiB, 2 iterations, 1 lane) behind a delegating encoder, so a
 * later, stronger id can be added and old hashes upgraded at the next sign-in. No more hashes run at once than there
 * are processors ({@link BoundedPasswordEncoder}).
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final String CURRENT = "argon2id-19m-t2";

    @Bean
    PasswordEncoder passwordEncoder() {
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        return new BoundedPasswordEncoder(
                new DelegatingPasswordEncoder(CURRENT, Map.of(CURRENT, argon2)),
                Runtime.getRuntime().availableProcessors());
    }
}
