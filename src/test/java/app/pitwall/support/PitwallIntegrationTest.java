package app.pitwall.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A full Pitwall on a random port against the test run's embedded PostgreSQL, without the demo
 * shop. Tests build their own shops with {@link TestShops} and talk HTTP through {@link ApiClient}.
 * Every test signs in from the same address, so the per-address sign-in limit is raised out of the
 * way; the test of that limit sets its own.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "pitwall.demo=false",
            "pitwall.tls.enabled=false",
            "pitwall.sign-in.address-limit-per-minute=100000",
            "pitwall.events.retry-interval=PT1H"
        })
@Import(TestShops.class)
public @interface PitwallIntegrationTest {}
