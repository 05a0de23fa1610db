package app.pitwall.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.RawHttp;
import app.pitwall.support.TestShops;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Redirects never take their target from the {@code Host} header, which the caller writes (#17, finding 7): they
 * are relative, so a forged {@code Host: evil.example} cannot send anyone there.
 */
@PitwallIntegrationTest
class RedirectTargetTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    @Test
    void aForgedHostNeverAppearsInARedirect() {
        List<String> locations = List.of(
                        RawHttp.get(port, "/", "Host: evil.example", "Accept: text/html"),
                        RawHttp.get(port, "/customers", "Host: evil.example", "Accept: text/html"),
                        RawHttp.get(port, "/", "Host: evil.example:8443", "X-Forwarded-Host: evil.example"))
                .stream()
                .map(answer -> {
                    assertThat(answer.status()).isBetween(300, 399);
                    return answer.header("location");
                })
                .toList();

        assertThat(locations).containsExactly("/login", "/session/resume?next=%2Fcustomers", "/login");
    }

    @Test
    void aSignedInRedirectIsRelativeToo() {
        TestShops.Shop shop = shops.create("Relative Garage");
        ApiClient owner = new ApiClient("http://localhost:" + port).signIn(shop.email(Role.OWNER), TestShops.PASSWORD);
        String cookies = owner.cookies().entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));

        RawHttp.Answer home = RawHttp.get(port, "/", "Host: evil.example", "Cookie: " + cookies);

        assertThat(home.status()).isEqualTo(302);
        assertThat(home.header("location")).isEqualTo("/today");
    }
}
