package app.pitwall;

import app.pitwall.audit.AuditCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Pitwall: the shop-management platform. Starts on embedded defaults when nothing is configured;
 * {@code audit verify ...} runs the audit-trail verifier instead of the service. Boot's in-memory user (and its
 * "Using generated security password" line) is left out: staff sign in through the identity module only.
 */
@Modulithic(sharedModules = "platform")
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class PitwallApplication {

    public static void main(String[] args) {
        if (AuditCommandLine.handles(args)) {
            System.exit(AuditCommandLine.run(PitwallApplication.class, args, System.out));
        }
        SpringApplication.run(PitwallApplication.class, args);
    }
}
