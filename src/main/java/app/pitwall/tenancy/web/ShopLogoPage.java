package app.pitwall.tenancy.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.access.SignedIn;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.platform.web.UploadedImages;
import app.pitwall.tenancy.ShopLogos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /settings/logo}: the owner uploads the shop's logo (PNG, JPEG or SVG, at most 200 KB; a PNG or JPEG is kept
 * at most 600 × 200 pixels), which customers see
 * beside their estimates, or removes it so that they see the shop's name alone. It is one of the Shop setup pages,
 * with the locations; a refused upload is shown here with the reason. {@code /settings/logo/image} shows the logo to
 * staff.
 */
@Controller
class ShopLogoPage {

    static final String PATH = "/settings/logo";

    private final ShopLogos logos;
    private final MessageSource messages;

    ShopLogoPage(ShopLogos logos, MessageSource messages) {
        this.logos = logos;
        this.messages = messages;
    }

    @GetMapping(PATH)
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    ModelAndView form(@AuthenticationPrincipal Actor actor) {
        return page(actor, null, HttpStatus.OK);
    }

    @PostMapping(PATH)
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    ModelAndView upload(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(name = "logo", required = false) MultipartFile logo,
            Locale locale) {
        if (logo == null || logo.isEmpty()) {
            return page(actor, message("logo.required", locale), HttpStatus.BAD_REQUEST);
        }
        if (logo.getSize() > ShopLogos.LARGEST_BYTES) {
            return page(actor, message("logo.tooLarge", locale), HttpStatus.BAD_REQUEST);
        }
        try {
            logos.change(actor.tenantId(), actor.userId(), logo.getBytes());
        } catch (ShopLogos.UnusablePixels refused) {
            return page(actor, message("logo.unusablePixels", locale, refused.getMessage()), HttpStatus.BAD_REQUEST);
        } catch (InvalidInputException refused) {
            return page(actor, message("logo.wrongType", locale), HttpStatus.BAD_REQUEST);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView(LocalRedirects.to(PATH + "?notice=logo-saved"));
    }

    @PostMapping(PATH + "/removal")
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    ModelAndView remove(@AuthenticationPrincipal Actor actor) {
        logos.remove(actor.tenantId(), actor.userId());
        return new ModelAndView(LocalRedirects.to(PATH + "?notice=logo-removed"));
    }

    @GetMapping(PATH + "/image")
    @SignedIn
    ResponseEntity<byte[]> image(@AuthenticationPrincipal Actor actor) {
        return logos.of(actor.tenantId())
                .map(logo -> UploadedImages.inline(logo.contentType(), logo.image()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private ModelAndView page(Actor actor, String error, HttpStatus status) {
        ModelAndView page = new ModelAndView("settings/logo", status);
        page.addObject("hasLogo", logos.exists(actor.tenantId()));
        page.addObject("logoError", error);
        page.addObject("owner", actor.can(Permission.SETTINGS_MANAGE));
        return page;
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
