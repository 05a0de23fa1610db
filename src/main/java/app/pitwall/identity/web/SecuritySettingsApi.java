package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.access.Role;
import app.pitwall.identity.internal.TenantSecuritySettings;
import app.pitwall.platform.web.ExpectedVersion;
import app.pitwall.platform.web.MergePatch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's security settings: who must use MFA, and how long sessions may idle and last,
 * within the installation's maxima (which the answer states). Versioned like any record: a change names the version
 * it read ({@code If-Match} or the body's {@code version}).
 */
@RestController
@RequestMapping("/api/v1/settings/security")
class SecuritySettingsApi {

    private final TenantSecuritySettings settings;

    SecuritySettingsApi(TenantSecuritySettings settings) {
        this.settings = settings;
    }

    record SecuritySettings(
            boolean mfaRequiredForAll,
            List<String> mfaRequiredRoles,
            int idleTimeoutMinutes,
            int absoluteLifetimeDays,
            int maxIdleTimeoutMinutes,
            int maxAbsoluteLifetimeDays,
            int version) {}

    record Change(
            Boolean mfaRequiredForAll,
            @Size(max = 10) List<String> mfaRequiredRoles,
            Integer idleTimeoutMinutes,
            Integer absoluteLifetimeDays,
            @Min(0) Integer version) {}

    @GetMapping
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    SecuritySettings get(@AuthenticationPrincipal Actor actor) {
        return view(settings.of(actor.tenantId()));
    }

    @PatchMapping
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    SecuritySettings change(
            @AuthenticationPrincipal Actor actor,
            @Valid @RequestBody Change change,
            MergePatch patch,
            ExpectedVersion expected) {
        patch.clearable("mfaRequiredRoles");
        return view(settings.change(
                actor,
                new TenantSecuritySettings.Change(
                        change.mfaRequiredForAll(),
                        change.mfaRequiredRoles(),
                        change.idleTimeoutMinutes(),
                        change.absoluteLifetimeDays()),
                expected.value()));
    }

    private SecuritySettings view(TenantSecuritySettings.Settings current) {
        return new SecuritySettings(
                current.mfaRequiredForAll(),
                current.mfaRequiredRoles().stream().map(Role::code).sorted().toList(),
                current.idleTimeoutMinutes(),
                current.absoluteLifetimeDays(),
                settings.maxIdleTimeoutMinutes(),
                settings.maxAbsoluteLifetimeDays(),
                current.version());
    }
}
