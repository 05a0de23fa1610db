package app.pitwall.frontdesk;

import static app.pitwall.support.Workshop.created;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.support.Browser;
import app.pitwall.support.BrowserExtension;
import app.pitwall.support.DeclaredPngs;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import app.pitwall.tenancy.ShopLogos;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The grouped navigation in Chromium, for every role at a phone's, a tablet's, a counter PC's and a wide screen's
 * width: the page never scrolls sideways, every link of the role is on screen or one menu away (and nothing else is),
 * each answers 200, and each role lands where its day starts. The header carries the shop's name and logo.
 * Screenshots of the Today page go under {@code target/screenshots}.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NavigationBrowserTest {

    private static final int[] WIDTHS = {390, 820, 1366, 1920};
    private static final Map<Role, List<String>> LINKS = new EnumMap<>(Role.class);

    static {
        List<String> viewer = List.of("Today", "Calendar", "Repair orders", "Job board", "Customers", "Vehicles");
        LINKS.put(Role.VIEWER, viewer);
        LINKS.put(Role.TECHNICIAN, plus(viewer, "My jobs"));
        LINKS.put(Role.SERVICE_ADVISOR, plus(LINKS.get(Role.TECHNICIAN), "Canned jobs", "Receivables"));
        LINKS.put(Role.BOOKKEEPER, plus(LINKS.get(Role.SERVICE_ADVISOR), "Audit trail", "Accounting export"));
        LINKS.put(Role.MANAGER, plus(LINKS.get(Role.BOOKKEEPER), "Staff", "Shop setup", "Locations"));
        LINKS.put(Role.OWNER, plus(LINKS.get(Role.MANAGER), "Sessions", "Security"));
    }

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TestShops shops;

    @Autowired
    ShopLogos logos;

    Workshop shop;

    @Test
    void everyRoleReachesExactlyItsLinksAtEveryWidthAndNothingScrollsSideways() {
        shop = Workshop.open(shops, browser.baseUrl(), "Navigation Garage");
        for (Role role : Role.values()) {
            try (Browser.Tab tab = browser.open(1366, 900)) {
                Page page = tab.signIn(shop.shop.email(role));
                assertThat(page).hasURL(Pattern.compile(role == Role.TECHNICIAN ? "/my-jobs$" : "/today$"));
                Map<String, String> hrefs = new LinkedHashMap<>();
                for (int width : WIDTHS) {
                    page.setViewportSize(width, 900);
                    page.reload();
                    assertFits(page, role + " at " + width);
                    hrefs.putAll(reachable(page, role, width));
                    assertFits(page, role + " at " + width + " with a menu open");
                }
                for (Map.Entry<String, String> link : hrefs.entrySet()) {
                    assertThat(page.request().get(link.getValue()).status())
                            .as(role + ": " + link.getKey() + " " + link.getValue())
                            .isEqualTo(200);
                }
            }
        }
    }

    @Test
    void theMenuOpensAndClosesWithTheKeyboard() {
        Workshop keys = Workshop.open(shops, browser.baseUrl(), "Keyboard Garage");
        try (Browser.Tab tab = browser.open(390, 844)) {
            Page page = tab.signIn(keys.shop.email(Role.SERVICE_ADVISOR));
            Locator menu = page.locator("details[data-nav-menu] > summary");
            menu.focus();
            page.keyboard().press("Enter");
            Locator calendar = mainNav(page).getByRole(AriaRole.LINK, linkNamed("Calendar"));
            assertThat(calendar).isVisible();
            page.keyboard().press("Escape");
            assertThat(calendar).isHidden();
            assertThat(menu).isFocused();

            page.setViewportSize(1366, 900);
            Locator frontDesk =
                    page.locator("details[data-nav-group] > summary").first();
            frontDesk.focus();
            page.keyboard().press("Enter");
            page.keyboard().press("Tab");
            page.keyboard().press("Tab");
            page.keyboard().press("Enter");
            assertThat(page).hasURL(Pattern.compile("/appointments"));
        }
    }

    @Test
    void theTodayPageAtPhoneTabletAndDesktopWidths() {
        Workshop day = Workshop.open(shops, browser.baseUrl(), "Screenshot Garage");
        logos.change(day.shop.tenant(), day.shop.users().get(Role.OWNER), DeclaredPngs.black(120, 40));
        day.orderIn(RepairOrder.Status.ON_HOLD);
        day.orderIn(RepairOrder.Status.AWAITING_APPROVAL);
        day.orderIn(RepairOrder.Status.IN_PROGRESS);
        day.openOrder(List.of(day.brakeJob()));
        LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
        for (String at : List.of("T08:00", "T10:30", "T14:00")) {
            created(day.advisor()
                    .post(
                            "/api/v1/appointments",
                            Map.of(
                                    "locationId",
                                    day.shop.mainLocation().toString(),
                                    "customerId",
                                    day.customer,
                                    "vehicleId",
                                    day.vehicle,
                                    "startsAt",
                                    today + at,
                                    "durationMinutes",
                                    60)));
        }
        Map<String, int[]> sizes = Map.of(
                "phone", new int[] {390, 844}, "tablet", new int[] {820, 1180}, "desktop", new int[] {1366, 900});
        for (Map.Entry<String, int[]> size : sizes.entrySet()) {
            try (Browser.Tab tab = browser.open(size.getValue()[0], size.getValue()[1])) {
                Page page = tab.signIn(day.shop.email(Role.OWNER));
                assertThat(page.getByTestId("today-statuses")).containsText("On hold");
                assertThat(page.locator("header .tenant")).containsText("Screenshot Garage");
                assertThat(page.evaluate("() => document.querySelector('img.tenant-logo').naturalWidth"))
                        .isEqualTo(120);
                assertFits(page, "today " + size.getKey());
                browser.screenshot("today-" + size.getKey());
                if (!size.getKey().equals("desktop")) {
                    page.locator("details[data-nav-menu] > summary").click();
                    browser.screenshot("today-" + size.getKey() + "-menu");
                } else {
                    page.locator("details[data-nav-group] > summary").nth(2).click();
                    browser.screenshot("today-desktop-settings-menu");
                }
            }
        }
    }

    /**
     * Finds each of the role's links, opening the menu (narrow) or its group (wide) when it is not on screen, and
     * checks the navigation offers no other; answers the links' addresses by name.
     */
    private Map<String, String> reachable(Page page, Role role, int width) {
        Map<String, String> hrefs = new LinkedHashMap<>();
        List<String> expected = LINKS.get(role);
        Locator nav = mainNav(page);
        if (width < 1024) {
            page.locator("details[data-nav-menu] > summary").click();
            assertThat(nav.getByRole(AriaRole.LINK)).hasCount(expected.size());
            for (String name : expected) {
                Locator link = nav.getByRole(AriaRole.LINK, linkNamed(name));
                assertThat(link).isVisible();
                assertThat(link).isInViewport();
                hrefs.put(name, link.getAttribute("href"));
            }
            return hrefs;
        }
        Locator groups = page.locator("details[data-nav-group]");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < groups.count(); i++) {
            groups.nth(i).locator("summary").click();
            Locator links = groups.nth(i).getByRole(AriaRole.LINK);
            for (int j = 0; j < links.count(); j++) {
                assertThat(links.nth(j)).isVisible();
                assertThat(links.nth(j)).isInViewport();
                seen.add(links.nth(j).textContent().strip());
                hrefs.put(links.nth(j).textContent().strip(), links.nth(j).getAttribute("href"));
            }
        }
        assertThat(seen).as(role + " at " + width).containsExactlyInAnyOrderElementsOf(expected);
        return hrefs;
    }

    private static void assertFits(Page page, String what) {
        Object fits = page.evaluate("() => document.documentElement.scrollWidth === window.innerWidth");
        assertThat(fits).as(what + ": no horizontal overflow").isEqualTo(true);
    }

    private static Locator mainNav(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
    }

    private static Locator.GetByRoleOptions linkNamed(String name) {
        return new Locator.GetByRoleOptions().setName(name).setExact(true);
    }

    private static List<String> plus(List<String> links, String... more) {
        List<String> all = new ArrayList<>(links);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }
}
