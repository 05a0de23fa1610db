package app.pitwall.support;

import java.net.http.HttpClient;
import java.time.Duration;

/** The HTTP client tests use against the service on this machine. */
public final class TestHttp {

    private TestHttp() {}

    public static HttpClient client() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
