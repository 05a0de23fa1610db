package app.pitwall.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Stylesheets, scripts, images and web jars are served to anyone; nothing else on the classpath is, and page links
 * outside those prefixes never enter the resource chain (which looked each one up on the classpath).
 */
@PitwallIntegrationTest
class StaticResourcesTest {

    @LocalServerPort
    int port;

    @Autowired
    ResourceUrlProvider resourceUrls;

    @Test
    void theStaticFoldersAndWebJarsAreServedWithRevalidation() {
        ApiClient anonymous = new ApiClient("http://localhost:" + port);

        ApiClient.Response css = anonymous.get("/css/pitwall.css");
        ApiClient.Response script = anonymous.get("/js/pitwall.js");
        ApiClient.Response image = anonymous.get("/img/pitwall.svg");
        ApiClient.Response htmx = anonymous.get("/webjars/htmx.org/dist/htmx.min.js");

        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(css.header("Cache-Control")).contains("no-cache");
        assertThat(script.status()).isEqualTo(200);
        assertThat(image.status()).isEqualTo(200);
        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.body()).contains("htmx");
    }

    @Test
    void nothingElseOnTheClasspathIsServed() {
        ApiClient anonymous = new ApiClient("http://localhost:" + port);

        assertThat(anonymous.get("/application.yml").status()).isIn(401, 404);
        assertThat(anonymous.get("/messages.properties").status()).isIn(401, 404);
        assertThat(anonymous.get("/static/css/pitwall.css").status()).isIn(401, 404);
    }

    @Test
    void pageLinksOutsideTheStaticPrefixesAreNotRewritten() {
        assertThat(resourceUrls.getHandlerMap().keySet())
                .containsExactlyInAnyOrder("/css/**", "/js/**", "/img/**", "/webjars/**");
        assertThat(resourceUrls.getForLookupPath("/repair-orders/5c0f7f8e-3f4a-4a53-9d3e-4f1f6f0b8c11"))
                .isNull();
    }
}
