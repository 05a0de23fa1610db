package app.pitwall.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to a running Pitwall the way a browser-less client does: keeps the cookies it is given,
 * sends the CSRF token on unsafe requests, and reads JSON answers. Like a careful client it sends
 * the version it changes: a write that names none (no {@code If-Match}, no body {@code version})
 * gets the {@code ETag} last seen for the resource it writes to (the longest path above it that
 * answered one), read first when none was seen, and is sent again once with a fresh one if that
 * was stale (412: nothing was changed). {@link #withoutAutomaticVersions()} turns this off, for the
 * tests of the preconditions themselves.
 */
public class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A path that ends in a resource's id. */
    private static final String ONE_RESOURCE = ".*/[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}$";

    private final String base;
    private final HttpClient http;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> etags = new LinkedHashMap<>();
    private String csrfToken;
    private boolean sendCsrf = true;
    private boolean automaticVersions = true;

    public ApiClient(String base) {
        this.base = base;
        this.http = TestHttp.client();
    }

    /** An HTTP answer with its JSON body (null when empty or not JSON). */
    public record Response(int status, JsonNode json, String body, java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public List<String> setCookies() {
            return headers.allValues("set-cookie");
        }
    }

    public ApiClient signIn(String email, String password) {
        Response response = post("/api/v1/auth/login", Map.of("email", email, "password", password));
        if (response.status() != 200) {
            throw new IllegalStateException("Sign-in failed for " + email + ": " + response.body());
        }
        return this;
    }

    public ApiClient withoutCsrf() {
        this.sendCsrf = false;
        return this;
    }

    public ApiClient withoutAutomaticVersions() {
        this.automaticVersions = false;
        return this;
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    public Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Response post(String path, Object body) {
        return send("POST", path, body, Map.of());
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body, Map.of());
    }

    public Response delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    public Response send(String method, String path, Object body, Map<String, String> headers) {
        boolean unsafe = !method.equals("GET") && !method.equals("HEAD");
        if (!unsafe) {
            Response read = exchange(method, path, body, headers);
            if (read.header("ETag") != null) {
                etags.put(path.split("\\?", 2)[0], read.header("ETag"));
            }
            return read;
        }
        if (!automaticVersions || namesVersion(body, headers)) {
            return exchange(method, path, body, headers);
        }
        String resource = resourceOf(method, path);
        if (resource == null) {
            return exchange(method, path, body, headers);
        }
        Response answer = exchange(method, path, body, withIfMatch(headers, etags.get(resource)));
        if (answer.status() == 412) {
            etags.remove(resource);
            answer = exchange(method, path, body, withIfMatch(headers, etagOf(resource)));
        }
        if (answer.header("ETag") != null) {
            etags.put(resource, answer.header("ETag"));
        }
        return answer;
    }

    private static boolean namesVersion(Object body, Map<String, String> headers) {
        if (headers.keySet().stream().anyMatch("If-Match"::equalsIgnoreCase)) {
            return true;
        }
        return body instanceof Map<?, ?> map
                ? map.containsKey("version")
                : body instanceof String text && text.contains("\"version\"");
    }

    private static Map<String, String> withIfMatch(Map<String, String> headers, String etag) {
        Map<String, String> with = new LinkedHashMap<>(headers);
        with.put("If-Match", etag);
        return with;
    }

    /** The nearest path at or above {@code path} whose ETag is known or can be read; null when there is none. */
    private String resourceOf(String method, String path) {
        String at = path.split("\\?", 2)[0];
        for (String candidate = at; candidate.lastIndexOf('/') > 0; candidate = parent(candidate)) {
            if (etags.containsKey(candidate)) {
                return candidate;
            }
        }
        for (String candidate = at; candidate.lastIndexOf('/') > 0; candidate = parent(candidate)) {
            boolean singleton = candidate.equals(at) && (method.equals("PUT") || method.equals("PATCH"));
            if (!singleton && !candidate.matches(ONE_RESOURCE)) {
                continue;
            }
            String etag = etagOf(candidate);
            if (etag != null) {
                etags.put(candidate, etag);
                return candidate;
            }
        }
        return null;
    }

    /**
     * The resource's current ETag as a GET answers it; for a resource that is not found (another shop's, say), the
     * tag of version 0, so the write is still answered as the server answers a write to what is not there.
     */
    private String etagOf(String resource) {
        Response read = exchange("GET", resource, null, Map.of());
        if (read.status() == 404 && resource.matches(ONE_RESOURCE)) {
            return "\"0\"";
        }
        return read.header("ETag");
    }

    private static String parent(String path) {
        return path.substring(0, path.lastIndexOf('/'));
    }

    private Response exchange(String method, String path, Object body, Map<String, String> headers) {
        boolean unsafe = !method.equals("GET") && !method.equals("HEAD");
        if (unsafe && sendCsrf && csrfToken == null) {
            csrfToken = send("GET", "/api/v1/auth/csrf", null, Map.of())
                    .json()
                    .get("token")
                    .asString();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        String payload = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
        request.method(
                method,
                payload == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(payload));
        if (payload != null && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            request.header("Content-Type", "application/json");
        }
        request.header("Accept", "application/json");
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    String.join(
                            "; ",
                            cookies.entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue())
                                    .toList()));
        }
        if (unsafe && sendCsrf) {
            request.header("X-CSRF-TOKEN", csrfToken);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            remember(response.headers().allValues("set-cookie"));
            JsonNode json = null;
            String contentType = response.headers().firstValue("content-type").orElse("");
            boolean oneJsonDocument = contentType.startsWith("application/json") || contentType.contains("+json");
            if (oneJsonDocument && !response.body().isEmpty()) {
                json = JSON.readTree(response.body());
            }
            return new Response(response.statusCode(), json, response.body(), response.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(List<String> setCookies) {
        for (String setCookie : setCookies) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals);
            String value = pair.substring(equals + 1);
            String lower = setCookie.toLowerCase();
            boolean expired = lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970");
            if (expired || value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }
}
