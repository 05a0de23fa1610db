package app.pitwall.identity.web;

import app.pitwall.access.PublicEndpoint;
import app.pitwall.identity.SiteProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /.well-known/security.txt} (RFC 9116): whom to tell about a vulnerability. The contact is
 * the operator's ({@code pitwall.security-contact}); the file always expires within the 180 days
 * the RFC recommends, counted from today, so it is never stale.
 */
@RestController
class SecurityTxt {

    private static final Duration VALIDITY = Duration.ofDays(180);

    private final SiteProperties site;
    private final Clock clock;

    SecurityTxt(SiteProperties site, Clock clock) {
        this.site = site;
        this.clock = clock;
    }

    @GetMapping("/.well-known/security.txt")
    @PublicEndpoint("RFC 9116: security researchers must find the contact without an account")
    ResponseEntity<String> securityTxt() {
        Instant expires = clock.instant().truncatedTo(ChronoUnit.DAYS).plus(VALIDITY);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body("Contact: " + site.securityContact() + "\n"
                        + "Expires: " + expires + "\n"
                        + "Preferred-Languages: en\n"
                        + "Canonical: " + site.publicUrl() + "/.well-known/security.txt\n");
    }
}
