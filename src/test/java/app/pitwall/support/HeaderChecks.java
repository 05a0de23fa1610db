package app.pitwall.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;

/** The security headers every answer must carry, whoever wrote it: Pitwall, Spring or Tomcat itself. */
public final class HeaderChecks {

    private HeaderChecks() {}

    /** Fails unless the answer, read through {@code header} (a lookup by name), carries the full header set. */
    public static void carriesTheSecurityHeaders(String what, UnaryOperator<String> header) {
        assertThat(header.apply("content-security-policy"))
                .as(what + ": Content-Security-Policy")
                .contains("default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(header.apply("strict-transport-security"))
                .as(what + ": Strict-Transport-Security")
                .isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(header.apply("x-content-type-options"))
                .as(what + ": X-Content-Type-Options")
                .isEqualTo("nosniff");
        assertThat(header.apply("referrer-policy"))
                .as(what + ": Referrer-Policy")
                .isEqualTo("same-origin");
        assertThat(header.apply("x-frame-options"))
                .as(what + ": X-Frame-Options")
                .isEqualTo("DENY");
        assertThat(header.apply("cache-control")).as(what + ": Cache-Control").contains("no-store");
    }
}
