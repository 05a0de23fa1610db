package app.pitwall.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A {@link PitwallIntegrationTest} of a single-business installation whose time the test moves:
 * the {@link MutableClock} replaces the system clock everywhere, sign-up is switched off, sign-ins
 * last at most 2 hours (so absolute expiry is reachable in a few refreshes), and a test-only
 * controller with an undeclared handler is mapped. All tests with this annotation share one Spring
 * context; tests that move the clock make their own shops and sessions afterwards.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@PitwallIntegrationTest
@Import({MutableClockConfiguration.class, UndeclaredProbe.class})
@TestPropertySource(properties = {"pitwall.signup.enabled=false", "pitwall.sessions.absolute-lifetime=2h"})
public @interface SimulatedInstallationTest {}
