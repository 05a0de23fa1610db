package app.pitwall.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One browser-like client of a running Pitwall for the benchmark programs: a cookie jar, the CSRF token of the
 * double-submit cookie (fetched from {@code GET /api/v1/auth/csrf}, sent as {@code X-CSRF-TOKEN} on unsafe requests),
 * an optional {@code Authorization: Bearer} API token, and JSON in and out, over the HTTPS connection of the
 * {@link HttpClient} it is given (one keep-alive connection when used by one thread, see
 * {@link HttpSearchClient#connection}).
 */
final class HttpSession {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** An answer: status, body and the body as JSON when it is JSON. */
    record Answer(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        Answer expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + " answered " + status + ": " + body);
            }
            return this;
        }
    }

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;
    private String bearer;

    HttpSession(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** Forgets cookies, CSRF token and bearer token: a new browser on the same connection. */
    HttpSession reset() {
        cookies.clear();
        csrf = null;
        bearer = null;
        return this;
    }

    /** Sends {@code Authorization: Bearer token} instead of cookies from now on. */
    HttpSession bearer(String token) {
        this.bearer = token;
        return this;
    }

    /** Fetches a CSRF token (and its cookie), as a page or the SPA does before an unsafe request. */
    void fetchCsrf() {
        csrf = get("/api/v1/auth/csrf").expect(200, "CSRF").json().get("token").asString();
    }

    /** {@code GET /api/v1/auth/csrf} then {@code POST /api/v1/auth/login}; fails unless 200 without MFA. */
    void signIn(String email, String password) {
        fetchCsrf();
        Answer login = post("/api/v1/auth/login", Map.of("email", email, "password", password));
        login.expect(200, "Sign-in of " + email);
        if (login.json().path("mfaRequired").asBoolean(false)) {
            throw new IllegalStateException("Sign-in of " + email + " asks for a second factor");
        }
        fetchCsrf();
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Answer post(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body))));
    }

    Answer patch(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private Answer send(HttpRequest.Builder request) {
        request.header("Accept", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        } else {
            if (!cookies.isEmpty()) {
                request.header(
                        "Cookie",
                        String.join(
                                "; ",
                                cookies.entrySet().stream()
                                        .map(e -> e.getKey() + "=" + e.getValue())
                                        .toList()));
            }
            if (csrf != null) {
                request.header("X-CSRF-TOKEN", csrf);
            }
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        for (String setCookie : response.headers().allValues("set-cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String value = pair.substring(equals + 1);
            boolean expired = setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
            if (value.isEmpty() || expired) {
                cookies.remove(pair.substring(0, equals));
            } else {
                cookies.put(pair.substring(0, equals), value);
            }
        }
        return new Answer(response.statusCode(), response.body());
    }
}
