package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.access.Role;
import app.pitwall.identity.internal.TenantSecuritySettings;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /settings/security}: the owner decides who must use two-step verification (everyone, or chosen roles) and how
 * long sessions may stay idle and last at most, within the installation's maxima, which the page states.
 */
@Controller
class SecuritySettingsPage {

    static final String PATH = "/settings/security";

    private final TenantSecuritySettings settings;
    private final MessageSource messages;

    SecuritySettingsPage(TenantSecuritySettings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    /** The form as shown or as typed. */
    record SettingsForm(
            boolean mfaRequiredForAll,
            List<String> mfaRequiredRoles,
            String idleTimeoutMinutes,
            String absoluteLifetimeDays) {}

    /** A role as a tick box. */
    record RoleChoice(String value, String labelKey, boolean checked) {}

    @GetMapping(PATH)
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    ModelAndView form(@AuthenticationPrincipal Actor actor) {
        TenantSecuritySettings.Settings current = settings.of(actor.tenantId());
        SettingsForm form = new SettingsForm(
                current.mfaRequiredForAll(),
                current.mfaRequiredRoles().stream().map(Role::code).toList(),
                Integer.toString(current.idleTimeoutMinutes()),
                Integer.toString(current.absoluteLifetimeDays()));
        return page(actor, form, new FormErrors(), HttpStatus.OK);
    }

    @PostMapping(PATH)
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    ModelAndView save(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "false") boolean mfaRequiredForAll,
            @RequestParam(required = false) List<String> mfaRequiredRoles,
            @RequestParam(defaultValue = "") String idleTimeoutMinutes,
            @RequestParam(defaultValue = "") String absoluteLifetimeDays,
            Locale locale) {
        List<String> roles = mfaRequiredRoles == null ? List.of() : mfaRequiredRoles;
        SettingsForm form = new SettingsForm(mfaRequiredForAll, roles, idleTimeoutMinutes, absoluteLifetimeDays);
        FormErrors errors = new FormErrors();
        Integer idle = whole(idleTimeoutMinutes);
        Integer lifetime = whole(absoluteLifetimeDays);
        if (idle == null) {
            errors.field("idleTimeoutMinutes", message("settings.number", locale));
        }
        if (lifetime == null) {
            errors.field("absoluteLifetimeDays", message("settings.number", locale));
        }
        if (roles.size() > Role.values().length) {
            errors.field("mfaRequiredRoles", message("users.role.invalid", locale));
        }
        if (!errors.isEmpty()) {
            return page(actor, form, errors, HttpStatus.BAD_REQUEST);
        }
        try {
            settings.change(actor, new TenantSecuritySettings.Change(mfaRequiredForAll, roles, idle, lifetime), null);
        } catch (InvalidInputException refused) {
            return page(actor, form, FormErrors.of(refused, field -> field, messages, locale), HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView(LocalRedirects.to(PATH + "?notice=settings-saved"));
    }

    private ModelAndView page(Actor actor, SettingsForm form, FormErrors errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("settings/security", status);
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject(
                "roles",
                Arrays.stream(Role.values())
                        .sorted((a, b) -> b.compareTo(a))
                        .map(role -> new RoleChoice(
                                role.code(),
                                "role." + role.code(),
                                form.mfaRequiredRoles().contains(role.code())))
                        .toList());
        page.addObject("maxIdle", settings.maxIdleTimeoutMinutes());
        page.addObject("maxLifetime", settings.maxAbsoluteLifetimeDays());
        return page;
    }

    /** A whole number as typed (at most six digits), or null. */
    private static Integer whole(String text) {
        String trimmed = text.strip();
        return trimmed.matches("[0-9]{1,6}") ? Integer.valueOf(trimmed) : null;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
