package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.PublicEndpoint;
import app.pitwall.identity.LimitedPerAddress;
import app.pitwall.identity.SignUpProperties;
import app.pitwall.identity.internal.SignUps;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.tenancy.Location;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /signup}: a business creates its shop and owner account and is signed in, through the same service as the
 * API. When the operator has switched sign-up off the page does not exist (404). A refused password is shown at its
 * field with the policy's reason; nothing is created until everything is acceptable.
 */
@Controller
class SignUpPage {

    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted()
            .toList();

    private final SignUps signUps;
    private final SignUpProperties properties;
    private final MessageSource messages;

    SignUpPage(SignUps signUps, SignUpProperties properties, MessageSource messages) {
        this.signUps = signUps;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/signup")
    @PublicEndpoint("a new business has no account yet; the operator can switch sign-up off")
    ModelAndView form(@AuthenticationPrincipal Actor actor) {
        requireEnabled();
        if (actor != null) {
            return new ModelAndView(LocalRedirects.to(SessionPages.HOME));
        }
        return form(SignUpForm.blank(), new FormErrors(), HttpStatus.OK);
    }

    @PostMapping("/signup")
    @PublicEndpoint("a new business has no account yet; the operator can switch sign-up off")
    @LimitedPerAddress("sign-up")
    ModelAndView signUp(
            @Valid @ModelAttribute("form") SignUpForm form,
            BindingResult binding,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        requireEnabled();
        if (binding.hasErrors()) {
            return form(form, FormErrors.of(binding, messages, locale), HttpStatus.BAD_REQUEST);
        }
        try {
            signUps.signUp(form.toApplication(), request, response);
            return new ModelAndView(LocalRedirects.to(SessionPages.HOME + "?notice=signed-up"));
        } catch (InvalidInputException refused) {
            return form(form, FormErrors.of(refused, field -> field, messages, locale), HttpStatus.BAD_REQUEST);
        } catch (ConflictException taken) {
            FormErrors errors =
                    new FormErrors().field("email", messages.getMessage("signUp.email.taken", null, locale));
            return form(form, errors, HttpStatus.CONFLICT);
        }
    }

    private void requireEnabled() {
        if (!properties.enabled()) {
            throw new NotFoundException("Sign-up is switched off");
        }
    }

    private static ModelAndView form(SignUpForm form, FormErrors errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("identity/sign-up", status);
        page.addObject("form", form.withoutPassword());
        page.addObject("errors", errors);
        page.addObject(
                "kinds", Arrays.stream(Location.Kind.values()).map(Enum::name).toList());
        page.addObject("timeZones", TIME_ZONES);
        return page;
    }
}
