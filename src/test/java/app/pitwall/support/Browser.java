package app.pitwall.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.pitwall.access.Role;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Debian's Chromium, headless, driven by Playwright for browser journeys. Playwright never downloads a browser of its
 * own. Each {@link #open} gives a fresh profile (no cookies), so a journey starts signed out, and records every
 * Content-Security-Policy violation the pages report. Tests get it through {@link BrowserExtension}.
 */
public final class Browser implements AutoCloseable {

    /** How long an action or assertion waits for the page to get there; generous for a busy 2-core machine. */
    private static final int TIMEOUT_MS = 15_000;

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    /** Reports CSP violations as console errors, in case the browser's own report does not reach the console. */
    private static final String CSP_LISTENER = """
            document.addEventListener('securitypolicyviolation', function (e) {
              console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI);
            });""";

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
        this.playwright = playwright;
        this.chromium = chromium;
    }

    public static Browser launch() {
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            return new Browser(
                    playwright,
                    playwright
                            .chromium()
                            .launch(new BrowserType.LaunchOptions()
                                    .setExecutablePath(CHROMIUM)
                                    .setHeadless(true)
                                    .setArgs(ARGS)));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /**
     * A new, empty browser profile with the given viewport (e.g. 390 x 844 for a phone), its pages addressed relative
     * to {@code baseUrl}; its sign-in helpers type {@code password}.
     */
    public Tab open(String baseUrl, String password, int width, int height) {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setViewportSize(width, height)
                .setLocale("en-US"));
        context.setDefaultTimeout(TIMEOUT_MS);
        context.addInitScript(CSP_LISTENER);
        return new Tab(context, context.newPage(), password);
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }

    /** One browser profile with its page, the CSP violations reported so far, and the steps of signing in. */
    public static final class Tab implements AutoCloseable {

        private final BrowserContext context;
        private final Page page;
        private final String password;
        private final List<String> cspViolations = new CopyOnWriteArrayList<>();
        private int allowedFrom = -1;
        private boolean closed;

        Tab(BrowserContext context, Page page, String password) {
            this.context = context;
            this.page = page;
            this.password = password;
            page.onConsoleMessage(message -> {
                String text = message.text();
                if (text.contains("Content Security Policy") || text.startsWith("CSP violation")) {
                    cspViolations.add(page.url() + ": " + text);
                }
            });
        }

        public Page page() {
            return page;
        }

        public BrowserContext context() {
            return context;
        }

        public List<String> cspViolations() {
            return new ArrayList<>(cspViolations);
        }

        /**
         * From now on violations are still recorded but no longer held against the test: for the one test that
         * provokes a violation on purpose after checking there was none.
         */
        public void allowCspViolations() {
            if (allowedFrom < 0) {
                allowedFrom = cspViolations.size();
            }
        }

        /** The violations reported before {@link #allowCspViolations()}, if it was called; else all of them. */
        public List<String> unexpectedCspViolations() {
            List<String> all = cspViolations();
            return allowedFrom < 0 ? all : all.subList(0, allowedFrom);
        }

        /** Signs in on the sign-in page and lands where the user's day starts (Today, or My jobs for technicians). */
        public Page signIn(String email) {
            page.navigate("/login");
            submitSignIn(email, password);
            assertThat(page).hasURL(Pattern.compile("/(today|my-jobs)$"));
            page.waitForLoadState(LoadState.LOAD); // the page's scripts (htmx) are running
            return page;
        }

        /** Asks for {@code path} without a session, is sent to sign in, signs in and lands on {@code path}. */
        public Page signIn(String email, String path) {
            page.navigate(path);
            assertThat(page).hasURL(Pattern.compile("/login\\?next="));
            submitSignIn(email, password);
            assertThat(page).hasURL(Pattern.compile(path + "$"));
            page.waitForLoadState(LoadState.LOAD); // the page's scripts (htmx) are running
            return page;
        }

        /** {@link #signIn(String, String)} as the user with {@code role} in {@code shop}. */
        public Page signIn(TestShops.Shop shop, Role role, String path) {
            return signIn(shop.email(role), path);
        }

        /** Types email and password into the sign-in form on the page and submits it, expecting nothing. */
        public Page submitSignIn(String email, String password) {
            page.getByLabel("Email").fill(email);
            page.getByLabel("Password").fill(password);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            return page;
        }

        /** Whether the page is exactly as wide as the screen: nothing to scroll sideways. */
        public boolean fitsTheScreenWidth() {
            return (Boolean)
                    page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        }

        /** Saves a full-page screenshot under {@code target/screenshots/} for people to look at. */
        public Path screenshot(String name) {
            try {
                Path directory = Path.of("target", "screenshots");
                Files.createDirectories(directory);
                Path file = directory.resolve(name + ".png");
                page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                return file;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                context.close();
            }
        }
    }
}
