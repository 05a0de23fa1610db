package app.pitwall.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestHttp;
import app.pitwall.support.TestShops;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A JSON body is measured before it is parsed (#17, finding 9): beyond 64 KiB, or beyond what its endpoint declares,
 * the answer is 413 in the problem format, whether the size was announced or the body streams in chunks.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestBodyLimitTest {

    private static final int JUST_UNDER = 64 * 1024 - 100;
    private static final int OVER = 200 * 1024;

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    ApiClient owner;

    @BeforeAll
    void shop() {
        TestShops.Shop shop = shops.create("Measured Garage");
        owner = new ApiClient("http://localhost:" + port).signIn(shop.email(Role.OWNER), TestShops.PASSWORD);
    }

    /** A customer whose body is padded with whitespace to {@code size} bytes: valid JSON, short fields. */
    static String customerOfSize(String lastName, int size) {
        String start = "{\"lastName\": \"" + lastName + "\"";
        return start + " ".repeat(size - start.length() - 1) + "}";
    }

    @Test
    void aBodyOverTheDefaultLimitIs413BeforeItIsParsed() {
        ApiClient.Response announced = owner.post("/api/v1/customers", customerOfSize("Oversized", OVER));
        ApiClient.Response hugeField = owner.post("/api/v1/customers", "{\"lastName\": \"" + "x".repeat(OVER) + "\"}");

        assertThat(announced.status()).as(announced.body()).isEqualTo(413);
        assertThat(announced.header("content-type")).startsWith("application/problem+json");
        assertThat(announced.json().get("type").asString()).isEqualTo("https://pitwall.app/problems/payload-too-large");
        assertThat(hugeField.status()).isEqualTo(413);
        assertThat(owner.get("/api/v1/customers?q=Oversized").json().get("items"))
                .isEmpty();
    }

    @Test
    void aChunkedBodyOverTheLimitIs413Too() throws Exception {
        String cookies = owner.cookies().entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        String token = owner.get("/api/v1/auth/csrf").json().get("token").asString();
        byte[] body = customerOfSize("Chunked", OVER).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> answer = TestHttp.client()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/customers"))
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .header("Cookie", cookies)
                                .header("X-CSRF-TOKEN", token)
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(answer.headers().firstValue("content-type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(owner.get("/api/v1/customers?q=Chunked").json().get("items")).isEmpty();
    }

    @Test
    void aBodyUnderTheLimitIsRead() {
        ApiClient.Response created = owner.post("/api/v1/customers", customerOfSize("Padded", JUST_UNDER));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    void anEndpointThatDeclaresALargerLimitReadsMore() {
        String manyCheckpoints = "[" + " ".repeat(OVER) + "]";

        ApiClient.Response verified = owner.post("/api/v1/audit/verify", manyCheckpoints);

        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
    }
}
