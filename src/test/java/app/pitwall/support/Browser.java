package app.pitwall.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Debian's Chromium, headless, driven by Playwright for browser journeys. Playwright never downloads a browser of its
 * own. Each {@link #open(String)} gives a fresh profile (no cookies), so a journey starts signed out, and records
 * every Content-Security-Policy violation the pages report.
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

    /** A new, empty browser profile at a desktop size, its pages addressed relative to {@code baseUrl}. */
    public Tab open(String baseUrl) {
        return open(baseUrl, 1280, 900);
    }

    /** A new, empty browser profile with the given viewport, e.g. 390 x 844 for a phone. */
    public Tab open(String baseUrl, int width, int height) {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setViewportSize(width, height)
                .setLocale("en-US"));
        context.setDefaultTimeout(TIMEOUT_MS);
        context.addInitScript(CSP_LISTENER);
        return new Tab(context, context.newPage());
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }

    /** One browser profile with its page, and the CSP violations reported so far. */
    public static final class Tab implements AutoCloseable {

        private final BrowserContext context;
        private final Page page;
        private final List<String> cspViolations = new CopyOnWriteArrayList<>();

        Tab(BrowserContext context, Page page) {
            this.context = context;
            this.page = page;
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
            context.close();
        }
    }
}
