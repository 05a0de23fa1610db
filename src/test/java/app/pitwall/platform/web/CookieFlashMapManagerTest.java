package app.pitwall.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.FlashMap;

/** What a POST hands to the next page travels sealed in a cookie, is read once, and a forged cookie is nothing. */
class CookieFlashMapManagerTest {

    final CookieFlashMapManager flash = new CookieFlashMapManager(new byte[32]);

    @Test
    void anAttributeReachesThePageItWasMeantForOnceAndNeverInTheClear() {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/repair-orders/1/approval-requests");
        MockHttpServletResponse redirect = new MockHttpServletResponse();
        FlashMap out = new FlashMap();
        out.put("url", "https://shop.example/approvals/secret-token");
        out.setTargetRequestPath("/repair-orders/1/approval-link");
        flash.saveOutputFlashMap(out, post, redirect);

        String setCookie = redirect.getHeader("Set-Cookie");
        assertThat(setCookie)
                .startsWith(CookieFlashMapManager.COOKIE + "=")
                .contains("HttpOnly", "Secure", "SameSite=Strict")
                .doesNotContain("secret-token");

        MockHttpServletRequest get = new MockHttpServletRequest("GET", "/repair-orders/1/approval-link");
        get.setCookies(cookieFrom(setCookie));
        MockHttpServletResponse page = new MockHttpServletResponse();
        Map<String, Object> in = flash.retrieveAndUpdate(get, page);

        assertThat(in).containsEntry("url", "https://shop.example/approvals/secret-token");
        assertThat(page.getHeader("Set-Cookie")).contains("Max-Age=0");
    }

    @Test
    void anotherPageDoesNotTakeIt() {
        MockHttpServletResponse redirect = new MockHttpServletResponse();
        FlashMap out = new FlashMap();
        out.put("url", "x");
        out.setTargetRequestPath("/repair-orders/1/approval-link");
        flash.saveOutputFlashMap(out, new MockHttpServletRequest("POST", "/a"), redirect);

        MockHttpServletRequest other = new MockHttpServletRequest("GET", "/repair-orders/2/approval-link");
        other.setCookies(cookieFrom(redirect.getHeader("Set-Cookie")));

        assertThat(read(other)).isNull();
    }

    @Test
    void aForgedOrForeignCookieIsIgnored() {
        MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/repair-orders/1/approval-link");
        forged.setCookies(new Cookie(CookieFlashMapManager.COOKIE, "eyJ1cmwiOiJldmlsIn0"));
        assertThat(read(forged)).isNull();

        MockHttpServletResponse sealedElsewhere = new MockHttpServletResponse();
        FlashMap out = new FlashMap();
        out.put("url", "x");
        out.setTargetRequestPath("/p");
        new CookieFlashMapManager(new byte[] {
                    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
                    28, 29, 30, 31, 32
                })
                .saveOutputFlashMap(out, new MockHttpServletRequest("POST", "/a"), sealedElsewhere);
        MockHttpServletRequest foreign = new MockHttpServletRequest("GET", "/p");
        foreign.setCookies(cookieFrom(sealedElsewhere.getHeader("Set-Cookie")));
        assertThat(read(foreign)).isNull();
    }

    private Map<String, Object> read(MockHttpServletRequest request) {
        return flash.retrieveAndUpdate(request, new MockHttpServletResponse());
    }

    private static Cookie cookieFrom(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        return new Cookie(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
}
