package app.pitwall.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.support.ApiClient;
import app.pitwall.support.HeaderChecks;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.RawHttp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One error shape and the full security header set on every error, whoever answers it (#17, finding 8): what Tomcat
 * refuses before Pitwall sees it (a malformed or traversing URI, oversized headers, {@code TRACE}), paths nobody
 * maps, methods a path does not take, and the actuator. JSON API paths get {@code application/problem+json} with a
 * Pitwall problem type; pages get Pitwall's error page.
 */
@PitwallIntegrationTest
class ErrorShapeTest {

    private static final String HTML = "Accept: text/html,application/xhtml+xml";

    @LocalServerPort
    int port;

    ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    static void isAProblem(RawHttp.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
        assertThat(answer.body())
                .contains("\"type\":\"https://pitwall.app/problems/" + type + "\"", "\"status\":" + status)
                .doesNotContain("timestamp", "Tomcat", "Exception");
        HeaderChecks.carriesTheSecurityHeaders(answer.toString(), answer::header);
    }

    static void isTheErrorPage(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("content-type")).startsWith("text/html");
        assertThat(answer.body())
                .contains("class=\"status-code\"", ">" + status + "<")
                .doesNotContain("Tomcat", "Exception", "Whitelabel");
        HeaderChecks.carriesTheSecurityHeaders(answer.toString(), answer::header);
    }

    @Test
    void aMalformedUriAnsweredByTomcatCarriesTheHeadersAndOurShape() {
        isTheErrorPage(RawHttp.get(port, "/%", HTML), 400);
        isAProblem(RawHttp.get(port, "/api/v1/%", "Accept: application/json"), 400, "bad-request");
    }

    @Test
    void anEncodedTraversalAnsweredByTomcatCarriesTheHeadersAndOurShape() {
        isTheErrorPage(RawHttp.get(port, "/customers/%2e%2e/%2e%2e/%2e%2e/etc/passwd", HTML), 400);
        isAProblem(
                RawHttp.get(port, "/api/v1/customers/..%2f..%2fetc%2fpasswd", "Accept: application/json"),
                400,
                "bad-request");
    }

    @Test
    void headersOverTheLimitAnsweredByTomcatCarryTheHeadersAndOurShape() {
        String huge = "X-Filler: " + "a".repeat(17 * 1024);

        isAProblem(
                RawHttp.send(port, "GET", "/api/v1/me", List.of("Accept: application/json", huge), null),
                400,
                "bad-request");
        isTheErrorPage(RawHttp.send(port, "GET", "/customers", List.of(HTML, huge), null), 400);
    }

    @Test
    void traceIsRefusedWithTheHeadersAndOurShape() {
        isAProblem(
                RawHttp.send(port, "TRACE", "/api/v1/me", List.of("Accept: application/json"), null),
                405,
                "method-not-allowed");
        isTheErrorPage(RawHttp.send(port, "TRACE", "/customers", List.of(HTML), null), 405);
    }

    @Test
    void anUnmappedApiPathIsAProblemNotBootsDefaultJson() {
        isAProblem(RawHttp.get(port, "/api/v1/no-such-thing", "Accept: application/json"), 404, "not-found");
        isAProblem(RawHttp.get(port, "/api/v1/no-such-thing", "Accept: */*"), 404, "not-found");
    }

    @Test
    void anUnmappedPageIsTheErrorPage() {
        isTheErrorPage(RawHttp.get(port, "/no/such/page", HTML), 404);
    }

    @Test
    void aMethodAPathDoesNotTakeIsA405Problem() {
        isAProblem(RawHttp.get(port, "/api/v1/auth/login", "Accept: application/json"), 405, "method-not-allowed");
        ApiClient.Response put = client().send("PUT", "/api/v1/auth/csrf", "{}", java.util.Map.of());

        assertThat(put.status()).isEqualTo(405);
        assertThat(put.header("content-type")).startsWith("application/problem+json");
        assertThat(put.json().get("type").asString()).isEqualTo("https://pitwall.app/problems/method-not-allowed");
        isTheErrorPage(RawHttp.get(port, "/logout/nothing", "Accept: text/html"), 404);
    }

    @Test
    void theActuatorBeyondHealthIsNotFoundRatherThanACsrfRefusal() {
        for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/prometheus")) {
            RawHttp.Answer answer = RawHttp.get(port, path, "Accept: application/json");

            isAProblem(answer, 404, "not-found");
            assertThat(answer.body()).doesNotContainIgnoringCase("csrf");
        }
        ApiClient.Response post = client().post("/actuator/shutdown", null);
        assertThat(post.status())
                .as("with its CSRF token, a change is simply not found")
                .isEqualTo(404);
        assertThat(post.body()).doesNotContainIgnoringCase("csrf");
        assertThat(RawHttp.get(port, "/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void aCsrfRefusalStillSaysCsrf() {
        RawHttp.Answer answer = RawHttp.send(
                port,
                "POST",
                "/api/v1/customers",
                List.of("Accept: application/json", "Content-Type: application/json"),
                "{\"lastName\": \"Nocsrf\"}");

        isAProblem(answer, 403, "csrf");
    }
}
