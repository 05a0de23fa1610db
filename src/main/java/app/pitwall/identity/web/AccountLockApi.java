package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.identity.internal.AccountLocks;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lifting a staff account's sign-in lock before it runs out. */
@RestController
class AccountLockApi {

    private final AccountLocks locks;

    AccountLockApi(AccountLocks locks) {
        this.locks = locks;
    }

    /** Whether the account had been locked; either way it can sign in now. */
    record Unlocked(boolean wasLocked) {}

    @PostMapping("/api/v1/users/{id}/unlock")
    @RequiresPermission(Permission.USERS_MANAGE)
    Unlocked unlock(@AuthenticationPrincipal Actor actor, @PathVariable("id") UUID id) {
        return new Unlocked(locks.unlock(actor, id));
    }
}
