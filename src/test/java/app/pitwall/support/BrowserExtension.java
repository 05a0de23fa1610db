package app.pitwall.support;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The one setup of browser tests, registered as {@code @RegisterExtension static final BrowserExtension browser = new
 * BrowserExtension();}: launches Chromium once per test class and closes it after; gives each test a fresh profile
 * (no cookies) on the Pitwall the test started, at 1280 x 900 unless the test {@link #open(int, int) opens} another
 * size; signs in; and after each test closes every profile the test opened and fails the test if any page reported a
 * Content-Security-Policy violation.
 */
public final class BrowserExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final Supplier<String> baseUrl;
    private final Supplier<String> password;
    private String springServer;
    private Browser browser;
    private final List<Browser.Tab> tabs = new ArrayList<>();
    private Browser.Tab main;

    /** Browsing the {@code @PitwallIntegrationTest}'s server on its random port, signing in with the test password. */
    public BrowserExtension() {
        this.baseUrl = null;
        this.password = () -> TestShops.PASSWORD;
    }

    private BrowserExtension(Supplier<String> baseUrl, Supplier<String> password) {
        this.baseUrl = baseUrl;
        this.password = password;
    }

    /** Browsing an installation the test starts itself, asked for its address and password when a page opens. */
    public static BrowserExtension at(Supplier<String> baseUrl, Supplier<String> password) {
        return new BrowserExtension(baseUrl, password);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        browser = Browser.launch();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (baseUrl == null) {
            springServer = "http://localhost:"
                    + SpringExtension.getApplicationContext(context)
                            .getEnvironment()
                            .getRequiredProperty("local.server.port");
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> violations = new ArrayList<>();
        try {
            for (Browser.Tab tab : tabs) {
                violations.addAll(tab.unexpectedCspViolations());
                tab.close();
            }
        } finally {
            tabs.clear();
            main = null;
        }
        assertThat(violations)
                .as("Content-Security-Policy violations reported by the pages")
                .isEmpty();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** The address pages are relative to, e.g. {@code http://localhost:41234}. */
    public String baseUrl() {
        return baseUrl != null ? baseUrl.get() : springServer;
    }

    /** The test's profile, opened at 1280 x 900 on first use. */
    public Browser.Tab tab() {
        if (main == null) {
            main = another(1280, 900);
        }
        return main;
    }

    /** The page of the test's profile. */
    public Page page() {
        return tab().page();
    }

    /** Replaces the test's profile with a fresh one (no cookies) at {@code width} x {@code height}. */
    public Browser.Tab open(int width, int height) {
        if (main != null) {
            main.close();
        }
        main = another(width, height);
        return main;
    }

    /** A second profile beside the test's, for another person at the same time; closed and checked after the test. */
    public Browser.Tab another(int width, int height) {
        Browser.Tab tab = browser.open(baseUrl(), password.get(), width, height);
        tabs.add(tab);
        return tab;
    }

    /** {@link #another(int, int)} at 1280 x 900. */
    public Browser.Tab another() {
        return another(1280, 900);
    }

    /** Signs in on the test's profile and lands where the user's day starts. */
    public Page signIn(String email) {
        return tab().signIn(email);
    }

    /** Asks for {@code path} on the test's profile, signs in when sent to and lands on {@code path}. */
    public Page signIn(String email, String path) {
        return tab().signIn(email, path);
    }

    /** {@link #signIn(String, String)} as the user with {@code role} in {@code shop}. */
    public Page signIn(TestShops.Shop shop, Role role, String path) {
        return tab().signIn(shop, role, path);
    }

    /** Saves a full-page screenshot of the test's page under {@code target/screenshots/}. */
    public Path screenshot(String name) {
        return tab().screenshot(name);
    }

    /** Whether the test's page fits the screen's width. */
    public boolean fitsTheScreenWidth() {
        return tab().fitsTheScreenWidth();
    }
}
