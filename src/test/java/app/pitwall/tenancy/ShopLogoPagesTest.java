package app.pitwall.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.DeclaredPngs;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestHttp;
import app.pitwall.support.TestShops;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The owner's logo upload on the settings pages: only PNG, JPEG or SVG of at most 200 KB, recognised by content;
 * served back with its type, {@code nosniff} and, for SVG, a sandboxing policy; only the owner may change it, and each
 * tenant sees its own.
 */
@PitwallIntegrationTest
class ShopLogoPagesTest {

    static final byte[] PNG = png();
    static final String SVG = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
            + " height=\"10\"><script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>";

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    String base() {
        return "http://localhost:" + port;
    }

    PageClient as(TestShops.Shop shop, Role role) {
        return new PageClient(base()).signIn(shop.email(role), TestShops.PASSWORD);
    }

    @Test
    void theOwnerUploadsAPngThatIsServedBackAsAnImageOnly() {
        TestShops.Shop shop = shops.create("Logo Garage");
        PageClient owner = as(shop, Role.OWNER);
        assertThat(owner.get("/settings/logo").body()).contains("id=\"logo\"", "id=\"no-logo\"");

        HttpResponse<byte[]> uploaded = upload(owner, "logo.png", "image/png", PNG);

        assertThat(uploaded.statusCode()).isEqualTo(302);
        assertThat(uploaded.headers().firstValue("Location").orElse("")).endsWith("/settings/logo?notice=logo-saved");
        HttpResponse<byte[]> image = image(owner, "/settings/logo/image");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(pixels(image.body())).as("re-encoded, same pixels").isEqualTo("2x2");
        assertThat(owner.get("/settings/logo").body()).contains("id=\"logo-preview\"");
        assertThat(image(as(shops.create("Logoless Garage"), Role.OWNER), "/settings/logo/image")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anSvgLogoIsServedInASandboxThatRunsNoScript() {
        PageClient owner = as(shops.create("Vector Garage"), Role.OWNER);

        assertThat(upload(owner, "logo.svg", "image/svg+xml", SVG.getBytes(StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(302);

        HttpResponse<byte[]> image = image(owner, "/settings/logo/image");
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(image.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("sandbox")
                .contains("default-src 'none'")
                .doesNotContain("script-src");
        assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void anythingButASmallImageIsRefusedWithTheReasonAndChangesNothing() {
        PageClient owner = as(shops.create("Refused Logo Garage"), Role.OWNER);
        upload(owner, "logo.png", "image/png", PNG);

        HttpResponse<byte[]> html = upload(owner, "logo.png", "image/png", "<html><script>".getBytes());
        byte[] large = Arrays.copyOf(PNG, ShopLogos.LARGEST_BYTES + 1);
        HttpResponse<byte[]> tooLarge = upload(owner, "big.png", "image/png", large);
        HttpResponse<byte[]> none = upload(owner, "", "application/octet-stream", new byte[0]);
        HttpResponse<byte[]> huge = upload(owner, "huge.png", "image/png", Arrays.copyOf(PNG, 3 * 1024 * 1024));

        assertThat(html.statusCode()).isEqualTo(400);
        assertThat(new String(html.body(), StandardCharsets.UTF_8)).contains("Only PNG, JPEG or SVG");
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(new String(tooLarge.body(), StandardCharsets.UTF_8)).contains("larger than 200 KB");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(huge.statusCode()).as("beyond the server's upload limit").isEqualTo(413);
        assertThat(pixels(image(owner, "/settings/logo/image").body())).isEqualTo("2x2");
    }

    @Test
    void aPngDeclaringFiveThousandPixelsSquareIsStoredDownscaledAndOneDeclaringTooManyIsRefusedFromItsHeader() {
        PageClient owner = as(shops.create("Huge Logo Garage"), Role.OWNER);
        byte[] declared = DeclaredPngs.black(5000, 5000);
        assertThat(declared.length).isLessThan(ShopLogos.LARGEST_BYTES);

        HttpResponse<byte[]> uploaded = upload(owner, "huge.png", "image/png", declared);
        HttpResponse<byte[]> bomb = upload(owner, "bomb.png", "image/png", DeclaredPngs.headerOnly(20_000, 20_000));

        assertThat(uploaded.statusCode()).isEqualTo(302);
        assertThat(bomb.statusCode()).isEqualTo(400);
        assertThat(new String(bomb.body(), StandardCharsets.UTF_8))
                .contains("This image cannot be used as a logo: it is 20000 × 20000 pixels");
        HttpResponse<byte[]> stored = image(owner, "/settings/logo/image");
        assertThat(stored.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(pixels(stored.body()))
                .as("fitted into 600 x 200, kept after the refusal")
                .isEqualTo("200x200");
    }

    @Test
    void onlyTheOwnerChangesTheLogoAndRemovingItLeavesTheNameAlone() {
        TestShops.Shop shop = shops.create("Owner Logo Garage");
        PageClient owner = as(shop, Role.OWNER);
        PageClient manager = as(shop, Role.MANAGER);
        upload(owner, "logo.png", "image/png", PNG);

        assertThat(upload(manager, "logo.png", "image/png", PNG).statusCode()).isEqualTo(403);
        assertThat(manager.get("/settings/logo").status()).isEqualTo(403);
        assertThat(manager.post("/settings/logo/removal").status()).isEqualTo(403);
        assertThat(image(manager, "/settings/logo/image").statusCode()).isEqualTo(200);

        PageClient.Answer removed = owner.post("/settings/logo/removal");
        assertThat(removed.status()).isEqualTo(302);
        assertThat(image(owner, "/settings/logo/image").statusCode()).isEqualTo(404);
        assertThat(owner.get("/settings/logo").body()).contains("id=\"no-logo\"");
    }

    /** A multipart form post as the browser sends the upload form, with the form's CSRF token. */
    HttpResponse<byte[]> upload(PageClient who, String filename, String type, byte[] content) {
        String token = who.api().get("/api/v1/auth/csrf").json().get("token").asString();
        String boundary = "----pitwall" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n");
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"logo\"; filename=\"" + filename
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(
                who,
                HttpRequest.newBuilder(URI.create(base() + "/settings/logo"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Origin", base())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    HttpResponse<byte[]> image(PageClient who, String path) {
        return send(who, HttpRequest.newBuilder(URI.create(base() + path)).GET());
    }

    static HttpResponse<byte[]> send(PageClient who, HttpRequest.Builder request) {
        request.header(
                "Cookie",
                who.api().cookies().entrySet().stream()
                        .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                        .collect(Collectors.joining("; ")));
        try {
            return TestHttp.client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** "WIDTHxHEIGHT" of an image as the JDK decodes it. */
    static String pixels(byte[] image) {
        try {
            java.awt.image.BufferedImage decoded = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image));
            return decoded.getWidth() + "x" + decoded.getHeight();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 2 x 2 PNG made by the JDK. */
    private static byte[] png() {
        try {
            java.awt.image.BufferedImage image =
                    new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
