package app.pitwall.access;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.platform.TenantId;
import app.pitwall.support.PitwallIntegrationTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whether a page would serve someone is answered by the page's own handler and the one verdict of the permission
 * check: what the navigation shows can never drift from what the pages allow, and what no page answers is closed.
 */
@PitwallIntegrationTest
class PageAccessTest {

    @Autowired
    PageAccess pages;

    @Test
    void aPageOpensExactlyForThoseItsHandlerServes() {
        assertThat(pages.mayOpen(actor(Role.VIEWER, false), "/today")).isTrue();
        assertThat(pages.mayOpen(actor(Role.VIEWER, false), "/canned-jobs")).isFalse();
        assertThat(pages.mayOpen(actor(Role.SERVICE_ADVISOR, false), "/canned-jobs"))
                .isTrue();
        assertThat(pages.mayOpen(actor(Role.MANAGER, false), "/users")).isTrue();
        assertThat(pages.mayOpen(actor(Role.MANAGER, false), "/sessions")).isFalse();
        assertThat(pages.mayOpen(actor(Role.OWNER, false), "/sessions")).isTrue();
        assertThat(pages.mayOpen(null, "/today")).isFalse();
        assertThat(pages.mayOpen(null, "/login")).isTrue();
    }

    @Test
    void whatNoPageAnswersIsClosedToEveryoneAndEnrolmentComesFirst() {
        assertThat(pages.mayOpen(actor(Role.OWNER, false), "/no-such-page")).isFalse();
        assertThat(pages.mayOpen(actor(Role.OWNER, false), "/repair-orders/" + UUID.randomUUID() + "/transitions"))
                .isFalse();
        assertThat(pages.mayOpen(actor(Role.OWNER, true), "/today")).isFalse();
        assertThat(pages.mayOpen(actor(Role.OWNER, true), "/account/security")).isTrue();
    }

    private static Actor actor(Role role, boolean mustEnrol) {
        return new Actor(
                new TenantId(UUID.randomUUID()),
                UUID.randomUUID(),
                "Someone",
                role,
                role.permissions(),
                true,
                Set.of(),
                Actor.Kind.USER,
                UUID.randomUUID(),
                null,
                mustEnrol);
    }
}
