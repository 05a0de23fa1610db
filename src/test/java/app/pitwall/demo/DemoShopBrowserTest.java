package app.pitwall.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.PitwallApplication;
import app.pitwall.support.Browser;
import app.pitwall.support.BrowserExtension;
import app.pitwall.support.TestDataDirectory;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A fresh installation's demo shop is ready for a first day (issue #10): started on an empty data directory with
 * nothing set up, the advisor named first by the start banner finds a customer, adds a vehicle, books it for today,
 * checks it in, writes two jobs (one canned, which takes the location's default rate) and sends the estimate; the
 * job board is not empty, and the order awaiting approval that the banner names opens for the customer on a phone.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoShopBrowserTest {

    private static final Pattern PASSWORD = Pattern.compile("Password \\(all three\\): (\\S+)");
    private static final Pattern APPROVAL = Pattern.compile("https?://[^/\\s]+(/approvals/\\S+)");
    private static final Pattern ADVISOR = Pattern.compile("Try first as the service advisor: (\\S+)");

    static ConfigurableApplicationContext pitwall;
    static String base;
    static String password;
    static String advisor;
    static String approvalPath;

    @RegisterExtension
    static final BrowserExtension browser =
            BrowserExtension.at(() -> DemoShopBrowserTest.base, () -> DemoShopBrowserTest.password);

    @BeforeAll
    static void startAFreshInstallation(CapturedOutput output) throws IOException {
        pitwall = new SpringApplicationBuilder(PitwallApplication.class)
                .properties(
                        "server.port=0",
                        "pitwall.tls.enabled=false",
                        "pitwall.demo=true",
                        "pitwall.events.retry-interval=PT1H",
                        "pitwall.data-dir=" + Files.createTempDirectory(TestDataDirectory.path(), "demo-"))
                .run();
        base = "http://localhost" + ":" + pitwall.getEnvironment().getProperty("local.server.port");
        password = banner(output, PASSWORD);
        advisor = banner(output, ADVISOR);
        approvalPath = banner(output, APPROVAL);
    }

    @AfterAll
    static void stop() {
        if (pitwall != null) {
            pitwall.close();
        }
    }

    @Test
    void theAdvisorRunsTheWholeJourneyWithNoSetup() {
        assertThat(advisor).isEqualTo(DemoShop.ADVISOR_EMAIL);
        Page page = browser.signIn(advisor, "/customers");

        page.getByLabel("Find a customer").fill("Shah");
        page.locator("#customer-results")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Shah, Priya"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add vehicle"))
                .click();
        page.getByLabel("VIN", new Page.GetByLabelOptions().setExact(true)).fill("JF2SJADC9FH123453");
        page.getByLabel("Plate", new Page.GetByLabelOptions().setExact(true)).fill("PS 2016");
        page.getByLabel("Year").fill("2015");
        page.getByLabel("Make").fill("Subaru");
        page.getByLabel("Model").fill("Forester");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator("#main")).containsText("2015 Subaru Forester");

        page.navigate("/appointments/new");
        page.getByLabel("Find a customer").fill("Shah");
        // choosing the customer fetches their vehicles again; wait for that list, or a choice made in the list the
        // search brought could be replaced by the fresh one
        page.waitForResponse(
                response -> response.url().contains("/appointments/pickers/vehicles"),
                () -> page.locator("#customerId").selectOption(new SelectOption().setLabel("Shah, Priya")));
        String forester = "2015 Subaru Forester · PS 2016";
        assertThat(page.locator("#vehicleId option").filter(new Locator.FilterOptions().setHasText(forester)))
                .hasCount(1);
        page.locator("#vehicleId").selectOption(new SelectOption().setLabel(forester));
        assertThat(page.locator("#vehicleId option:checked")).hasText(forester);
        page.getByLabel("Date").fill(LocalDate.now(ZoneId.of("America/Chicago")).toString());
        page.getByLabel("Start time").fill("16:30");
        page.getByLabel("Duration (minutes)").fill("60");
        page.getByLabel("Requested services").fill("Brake noise");
        page.locator("#save-appointment").click();
        assertThat(page).hasURL(Pattern.compile("/appointments/[0-9a-f-]{36}\\?notice=appointment-booked"));

        page.locator("#check-in").click();
        assertThat(page.locator("#vehicleId option:checked")).hasText(forester);
        page.getByLabel("Odometer in").fill("61200");
        page.locator("#confirm-check-in").click();
        assertThat(page).hasURL(Pattern.compile("/repair-orders/[0-9a-f-]{36}"));
        assertThat(page.getByTestId("ro-status")).hasText("Estimate");
        String order = page.url().replaceAll("^https?://[^/]+(/repair-orders/[0-9a-f-]{36}).*$", "$1");

        page.locator("#cannedJobId")
                .selectOption(new SelectOption()
                        .setLabel("Front brake pads and rotors · Replace front brake pads and rotors"));
        page.getByTestId("ro-add-canned-job").click();
        Locator brakes = page.getByTestId("ro-job").filter(new Locator.FilterOptions().setHasText("front brake pads"));
        assertThat(brakes).containsText("145.00");
        page.getByTestId("ro-add-job-form").getByLabel("Job title").fill("Inspect parking brake");
        page.getByTestId("ro-add-job").click();
        assertThat(page.getByTestId("ro-job")).hasCount(2);

        page.getByTestId("ro-send-approval").click();
        assertThat(page.getByTestId("ro-approval-url")).hasValue(Pattern.compile("/approvals/.+"));
        page.navigate(order);
        assertThat(page.getByTestId("ro-status")).hasText("Awaiting approval");
        browser.screenshot("demo-order-awaiting-approval");
    }

    @Test
    void theJobBoardShowsOrdersAwaitingApprovalInProgressAndReady() {
        for (int[] size : new int[][] {{390, 844}, {820, 1180}, {1366, 900}}) {
            browser.open(size[0], size[1]);
            Page page = browser.signIn(advisor, "/job-board");
            Locator cards = page.getByTestId("jb-card");
            assertThat(cards.filter(new Locator.FilterOptions().setHasText("Garcia, Maria")))
                    .hasCount(1);
            assertThat(page.getByTestId("job-board")).containsText("Awaiting approval");
            assertThat(page.getByTestId("job-board")).containsText("In progress");
            assertThat(page.getByTestId("job-board")).containsText("Ready");
            browser.screenshot("demo-job-board-" + size[0]);
        }
    }

    @Test
    void theBannersApprovalLinkOpensTheEstimateOnThePhone() {
        Page page = browser.open(390, 844).page();
        page.navigate(approvalPath);
        assertThat(page.locator("#main")).containsText("Replace front brake pads and rotors");
        assertThat(page.locator("#main")).containsText("Replace wiper blades");
        org.assertj.core.api.Assertions.assertThat(browser.fitsTheScreenWidth())
                .as("the estimate fits the phone")
                .isTrue();
        browser.screenshot("demo-approval-phone");
    }

    @Test
    void theOrderAwaitingApprovalAndItsEstimateReadWellOnEveryScreen() {
        for (int[] size : new int[][] {{390, 844}, {820, 1180}, {1366, 900}}) {
            browser.open(size[0], size[1]);
            Page page = browser.signIn(advisor, "/job-board");
            page.getByTestId("jb-card")
                    .filter(new Locator.FilterOptions().setHasText("Garcia, Maria"))
                    .getByRole(AriaRole.LINK)
                    .first()
                    .click();
            assertThat(page.getByTestId("ro-status")).hasText("Awaiting approval");
            org.assertj.core.api.Assertions.assertThat(browser.fitsTheScreenWidth())
                    .as("the order page fits %d px", size[0])
                    .isTrue();
            browser.screenshot("demo-order-" + size[0]);

            Browser.Tab customer = browser.another(size[0], size[1]);
            customer.page().navigate(approvalPath);
            assertThat(customer.page().locator("#main")).containsText("Replace wiper blades");
            customer.screenshot("demo-approval-" + size[0]);
        }
    }

    private static String banner(CapturedOutput output, Pattern line) {
        Matcher found = line.matcher(output.getAll());
        assertThat(found.find()).as("the start banner tells " + line).isTrue();
        return found.group(1);
    }
}
