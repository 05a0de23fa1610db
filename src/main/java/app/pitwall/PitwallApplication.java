package app.pitwall;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Pitwall: the shop-management platform. Starts on embedded defaults when nothing is configured. */
@Modulithic(sharedModules = "platform")
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PitwallApplication {

    public static void main(String[] args) {
        SpringApplication.run(PitwallApplication.class, args);
    }
}
