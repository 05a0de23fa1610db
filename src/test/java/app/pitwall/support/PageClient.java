package app.pitwall.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Asks for pages the way a browser's plain navigation does (HTML, form posts, no JavaScript), without a browser: for
 * checking statuses, redirects and what a page does or does not contain. Signs in through the JSON API and shares its
 * cookies; form posts carry the CSRF token as the pages' hidden field does.
 */
public class PageClient {

    private final String base;
    private final ApiClient api;
    private final HttpClient http = TestHttp.client();

    public PageClient(String base) {
        this.base = base;
        this.api = new ApiClient(base);
    }

    /** An answer: status, body and headers. */
    public record Answer(int status, String body, HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public PageClient signIn(String email, String password) {
        api.signIn(email, password);
        return this;
    }

    public ApiClient api() {
        return api;
    }

    /** GET with optional header name/value pairs. */
    public Answer get(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** A form post with the CSRF token; fields are name/value pairs, names may repeat. */
    public Answer post(String path, String... fields) {
        List<String> all = new ArrayList<>(List.of(fields));
        all.add("_csrf");
        all.add(csrfToken());
        return postWithout(path, all.toArray(String[]::new));
    }

    /** A form post exactly as given, without adding a CSRF token. */
    public Answer postWithout(String path, String... fields) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
        }
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
    }

    private String csrfToken() {
        return api.get("/api/v1/auth/csrf").json().get("token").asString();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
        Map<String, String> cookies = api.cookies();
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("set-cookie")) {
                String pair = setCookie.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                    api.cookies().remove(name);
                } else {
                    api.cookies().put(name, value);
                }
            }
            return new Answer(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
