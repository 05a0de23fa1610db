package app.pitwall.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

/**
 * Follows a link of the staff navigation as a person would at any width: opening the Menu button on a narrow
 * screen, or the link's group on a wide one, when the link is not on screen already.
 */
public final class MainNavigation {

    private MainNavigation() {}

    public static void follow(Page page, String name) {
        Locator link = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
        if (link.count() == 0) {
            Locator menu = page.locator("details[data-nav-menu] > summary");
            if (menu.isVisible()) {
                menu.click();
            } else {
                page.locator("xpath=//details[@data-nav-group][.//a[normalize-space(.)='" + name + "']]/summary")
                        .click();
            }
        }
        link.click();
        // the page's scripts (htmx) run once it has loaded; typing into a live search before that is lost
        page.waitForLoadState(LoadState.LOAD);
    }
}
