package app.pitwall.approvals;

import static app.pitwall.support.Workshop.created;
import static app.pitwall.support.Workshop.id;
import static app.pitwall.support.Workshop.jobId;
import static app.pitwall.support.Workshop.ok;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.support.BrowserExtension;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import app.pitwall.tenancy.ShopLogos;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The customer on a 375-pixel phone in Chromium: opens the link, sees the shop's logo, approves one job and declines
 * the other with large touch targets, signs and confirms; the order is approved with one deferred job, and no page
 * broke the Content-Security-Policy or needed more width than the phone has.
 */
@PitwallIntegrationTest
class ApprovalJourneyTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TestShops shops;

    @Autowired
    ShopLogos logos;

    @Test
    void theCustomerApprovesOneJobAndDeclinesAnotherOnAPhone() throws IOException {
        Workshop shop = Workshop.open(shops, browser.baseUrl(), "Phone Journey Garage");
        logos.change(shop.shop.tenant(), shop.shop.users().get(app.pitwall.access.Role.OWNER), logo());
        JsonNode order = shop.openOrder(List.of(shop.brakeJob(), shop.filterJob()));
        String token = created(shop.advisor().post("/api/v1/repair-orders/" + id(order) + "/approval-requests", null))
                .get("token")
                .asString();

        Page page = browser.open(375, 812).page();
        page.navigate("/approvals/" + token);
        assertThat(page.locator("h1"))
                .containsText("Estimate " + order.get("number").asLong());
        assertThat(page.locator("#shop-name")).hasText("Phone Journey Garage");
        assertThat(page.locator("#shop-logo")).isVisible();
        assertThat((Integer) page.evaluate("document.getElementById('shop-logo').naturalWidth"))
                .isEqualTo(120);
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(375);
        BoundingBox approve = page.locator("label[for=job-1-approve]").boundingBox();
        assertThat(approve.height).as("touch target height").isGreaterThanOrEqualTo(44);
        browser.screenshot("approval-phone-estimate");

        page.getByLabel("Approve Front brakes").check();
        page.getByLabel("Decline Cabin filter").check();
        page.getByLabel("Your full name").fill("Rosa Diaz");
        page.locator("#confirm").click();

        assertThat(page.locator("#confirmation")).containsText("Thank you");
        assertThat(page.locator("#approved-jobs")).containsText("Front brakes");
        assertThat(page.locator("#declined-jobs")).containsText("Cabin filter");
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(375);
        browser.screenshot("approval-phone-confirmed");

        JsonNode now = ok(shop.advisor().get("/api/v1/repair-orders/" + id(order)));
        assertThat(now.get("status").asString()).isEqualTo("APPROVED");
        JsonNode deferred = ok(shop.advisor().get("/api/v1/vehicles/" + shop.vehicle + "/deferred-work"));
        assertThat(deferred.get("items").findValuesAsString("jobId")).containsExactly(jobId(order, 1));
    }

    /** A 120 x 40 PNG. */
    static byte[] logo() throws IOException {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0x1d4ed8));
        graphics.fillRect(0, 0, 120, 40);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
