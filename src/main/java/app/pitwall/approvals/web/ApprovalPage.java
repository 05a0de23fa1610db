package app.pitwall.approvals.web;

import app.pitwall.access.PublicEndpoint;
import app.pitwall.approvals.ApprovalLinkRefused;
import app.pitwall.approvals.CustomerApprovals;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.platform.web.UploadedImages;
import app.pitwall.repairorders.Estimate;
import app.pitwall.tenancy.ShopLogos;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /approvals/{token}}: the page the customer's approval link opens, on a phone, without an account and without
 * JavaScript. It shows the one estimate the token was issued for in the shop's own minimal frame (its name and logo,
 * no staff navigation), takes a decision per open job with the customer's typed name, and then shows what was decided.
 * It uses the same {@link CustomerApprovals} as the JSON API, so the same per-link limits hold; a link that cannot be
 * used gets a friendly refusal page with the API's status (404, 410, 429) and nothing of the estimate.
 */
@Controller
@RequestMapping("/approvals/{token}")
class ApprovalPage {

    private static final int LONGEST_TOKEN = 100;

    private final CustomerApprovals approvals;
    private final ShopLogos logos;
    private final MessageSource messages;

    ApprovalPage(CustomerApprovals approvals, ShopLogos logos, MessageSource messages) {
        this.approvals = approvals;
        this.logos = logos;
        this.messages = messages;
    }

    @GetMapping
    @PublicEndpoint("A customer opens the estimate from the link the shop sent; the token is the credential")
    ModelAndView show(@PathVariable String token, @RequestParam(required = false) String confirmed, Locale locale) {
        Estimate estimate = approvals.show(checked(token));
        if (confirmed != null) {
            ModelAndView page = new ModelAndView("approvals/confirmed");
            page.addObject("estimate", ApprovalViews.of(estimate, locale));
            page.addObject("confirmation", ApprovalViews.confirmation(estimate, locale));
            return withShop(page, token, estimate);
        }
        return estimatePage(token, estimate, ApprovalForm.empty(), ApprovalForm.Errors.none(), HttpStatus.OK, locale);
    }

    @PostMapping
    @PublicEndpoint("A customer approves or declines jobs from the link the shop sent; the token is the credential")
    ModelAndView answer(
            @PathVariable String token,
            @RequestParam MultiValueMap<String, String> fields,
            HttpServletRequest request,
            Locale locale) {
        String checkedToken = checked(token);
        ApprovalForm form = ApprovalForm.read(fields);
        Estimate shown = approvals.show(checkedToken);
        ApprovalForm.Errors errors = form.check(shown, messages, locale);
        if (!errors.isEmpty()) {
            return estimatePage(checkedToken, shown, form, errors, HttpStatus.BAD_REQUEST, locale);
        }
        try {
            approvals.answer(checkedToken, form.answer(), request.getRemoteAddr(), request.getHeader("User-Agent"));
        } catch (InvalidInputException refused) {
            return estimatePage(
                    checkedToken,
                    shown,
                    form,
                    ApprovalForm.Errors.refused(refused, messages, locale),
                    HttpStatus.BAD_REQUEST,
                    locale);
        } catch (ConflictException changed) {
            Estimate now = approvals.show(checkedToken);
            return estimatePage(
                    checkedToken,
                    now,
                    form,
                    ApprovalForm.Errors.global(message("approval.changed", locale)),
                    HttpStatus.CONFLICT,
                    locale);
        }
        return new ModelAndView(LocalRedirects.to("/approvals/" + checkedToken + "?confirmed"));
    }

    /** The shop's logo beside its estimate: same origin, so the page loads nothing from anywhere else. */
    @GetMapping("/logo")
    @PublicEndpoint("The logo of the shop whose approval link this is; the token is the credential")
    ResponseEntity<byte[]> logo(@PathVariable String token) {
        Optional<ShopLogos.Logo> logo = logos.of(approvals.shopOf(checked(token)));
        return logo.map(found -> UploadedImages.inline(found.contentType(), found.image()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @ExceptionHandler(ApprovalLinkRefused.class)
    ModelAndView refused(ApprovalLinkRefused refused) {
        ApprovalLinkRefused.Reason reason = refused.reason();
        ModelAndView page = new ModelAndView("approvals/refused", HttpStatus.valueOf(reason.status()));
        page.addObject("reason", reason.name());
        return page;
    }

    private ModelAndView estimatePage(
            String token,
            Estimate estimate,
            ApprovalForm form,
            ApprovalForm.Errors errors,
            HttpStatus status,
            Locale locale) {
        ModelAndView page = new ModelAndView("approvals/estimate", status);
        page.addObject("estimate", ApprovalViews.of(estimate, locale));
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("action", "/approvals/" + token);
        return withShop(page, token, estimate);
    }

    private ModelAndView withShop(ModelAndView page, String token, Estimate estimate) {
        page.addObject("shopName", estimate.shopName());
        page.addObject("logoPath", logos.exists(estimate.shop()) ? "/approvals/" + token + "/logo" : null);
        page.addObject("token", token);
        return page;
    }

    /** A token too long to be one is refused before anything is looked up. */
    private static String checked(String token) {
        if (token.length() > LONGEST_TOKEN) {
            throw new ApprovalLinkRefused(ApprovalLinkRefused.Reason.UNKNOWN);
        }
        return token;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
