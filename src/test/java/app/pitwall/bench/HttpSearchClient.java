package app.pitwall.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * One owner's session on a counter PC: signed in as the owner of one benchmark tenant with the ordinary sign-in API
 * (CSRF token first, then {@code POST /api/v1/auth/login}), then searching with {@code GET /api/v1/customers?q=}
 * over the HTTPS connection of the {@link HttpClient} it is given. The access cookie lives 10 minutes; a search
 * answered 401 signs in again and is retried.
 */
final class HttpSearchClient {

    private final HttpClient http;
    private final String base;
    private final String email;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private int signIns;

    HttpSearchClient(HttpClient http, String base, String email) {
        this.http = http;
        this.base = base;
        this.email = email;
    }

    /** An HTTP/1.1 client that trusts the given TLS context: one keep-alive connection when used by one thread. */
    static HttpClient connection(SSLContext tls) {
        return HttpClient.newBuilder()
                .sslContext(tls)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    void signIn() throws IOException, InterruptedException {
        cookies.clear();
        HttpResponse<String> csrf = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/csrf")));
        String token = csrf.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String body = "{\"email\":\"" + email + "\",\"password\":\"" + SearchDataLoader.OWNER_PASSWORD + "\"}";
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (login.statusCode() != 200) {
            throw new IllegalStateException(
                    "Sign-in of " + email + " answered " + login.statusCode() + ": " + login.body());
        }
        signIns++;
    }

    /** Searches and returns the size of the JSON answer; fails on anything but 200. */
    int search(String query) throws IOException, InterruptedException {
        URI uri = URI.create(base + "/api/v1/customers?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).header("Accept", "application/json"));
        if (response.statusCode() == 401) {
            signIn();
            response = send(HttpRequest.newBuilder(uri).header("Accept", "application/json"));
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "Search for '" + query + "' answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().length();
    }

    int signIns() {
        return signIns;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    String.join(
                            "; ",
                            cookies.entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue())
                                    .toList()));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("set-cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String value = pair.substring(equals + 1);
            if (value.isEmpty()) {
                cookies.remove(pair.substring(0, equals));
            } else {
                cookies.put(pair.substring(0, equals), value);
            }
        }
        return response;
    }
}
