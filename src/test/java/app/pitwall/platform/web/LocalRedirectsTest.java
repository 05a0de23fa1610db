package app.pitwall.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only paths of this site pass as a place to return to; everything a browser could read as elsewhere falls back. */
class LocalRedirectsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/customers",
                "/customers/6a1c5e0e-8d6f-4a43-9c52-0f1f6f3b2a11",
                "/customers?q=M%C3%BCller&cursor=abc",
                "/vehicles#top"
            })
    void pathsOfThisSiteAreKept(String next) {
        assertThat(LocalRedirects.localPath(next, "/fallback")).isEqualTo(next);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://evil.example/",
                "http:/evil.example",
                "//evil.example",
                "///evil.example",
                "/\\evil.example",
                "\\\\evil.example",
                "javascript:alert(1)",
                "customers",
                "/customers\r\nSet-Cookie: x=y",
                "/ evil",
                "/\tevil",
                "/müller",
                "/login",
                "/login?next=/customers",
                "/logout",
                "/session/resume?next=/customers",
                "/api/v1/me",
                ""
            })
    void anythingElseFallsBack(String next) {
        assertThat(LocalRedirects.localPath(next, "/fallback")).isEqualTo("/fallback");
    }

    @org.junit.jupiter.api.Test
    void nothingAndVeryLongFallBack() {
        assertThat(LocalRedirects.localPath(null, "/fallback")).isEqualTo("/fallback");
        assertThat(LocalRedirects.localPath("/" + "a".repeat(2001), "/fallback"))
                .isEqualTo("/fallback");
    }
}
