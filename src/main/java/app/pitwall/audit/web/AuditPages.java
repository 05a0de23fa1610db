package app.pitwall.audit.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.audit.internal.AuditFilter;
import app.pitwall.audit.internal.AuditTrail;
import app.pitwall.platform.Page;
import app.pitwall.platform.web.NavigationLink;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit page: the trail newest first with filters (dates, actor, action, subject), so that any
 * customer's, user's or repair order's history is one link away ({@code /audit?subjectType=customer
 * &subjectId=...}); for owners, a verify button showing the result and the latest signed
 * checkpoint, and the exports. Bookkeepers see the financial part only, as over the API.
 */
@Controller
@Validated
class AuditPages {

    static final int PAGE_SIZE = 50;

    private final AuditTrail trail;

    AuditPages(AuditTrail trail) {
        this.trail = trail;
    }

    @Bean
    static NavigationLink auditLink() {
        return new NavigationLink(900, "/audit", "nav.audit", Permission.AUDIT_READ_FINANCIAL.code());
    }

    /** The list; an htmx request (the filter form) gets just the results. */
    @GetMapping("/audit")
    @RequiresPermission(Permission.AUDIT_READ_FINANCIAL)
    String list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "") @Size(max = 100) String actorId,
            @RequestParam(defaultValue = "") @Size(max = 100) @Pattern(regexp = "[a-z0-9.*-]*") String action,
            @RequestParam(defaultValue = "") @Size(max = 50) @Pattern(regexp = "([a-z][a-z0-9-]*)?") String subjectType,
            @RequestParam(defaultValue = "") @Size(max = 100) String subjectId,
            @RequestParam(required = false) @Size(max = 100) String cursor,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletResponse response) {
        AuditFilter filter = new AuditFilter(
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                blankToNull(actorId),
                blankToNull(action),
                blankToNull(subjectType),
                blankToNull(subjectId));
        Page<ObjectNode> page =
                trail.events(actor, filter, PAGE_SIZE, cursor == null || cursor.isBlank() ? null : cursor);
        UriComponentsBuilder here = UriComponentsBuilder.fromPath("/audit")
                .queryParamIfPresent("from", java.util.Optional.ofNullable(from))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(to))
                .queryParamIfPresent("actorId", java.util.Optional.ofNullable(blankToNull(actorId)))
                .queryParamIfPresent("action", java.util.Optional.ofNullable(blankToNull(action)))
                .queryParamIfPresent("subjectType", java.util.Optional.ofNullable(blankToNull(subjectType)))
                .queryParamIfPresent("subjectId", java.util.Optional.ofNullable(blankToNull(subjectId)));
        model.addAttribute("rows", page.items().stream().map(AuditRow::of).toList());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actorId", actorId);
        model.addAttribute("action", action);
        model.addAttribute("subjectType", subjectType);
        model.addAttribute("subjectId", subjectId);
        model.addAttribute(
                "firstPage",
                cursor == null || cursor.isBlank()
                        ? null
                        : here.build().encode().toUriString());
        model.addAttribute(
                "nextPage",
                page.nextCursor() == null
                        ? null
                        : here.cloneBuilder()
                                .queryParam("cursor", page.nextCursor())
                                .build()
                                .encode()
                                .toUriString());
        model.addAttribute("financialOnly", AuditTrail.financialOnly(actor));
        model.addAttribute("canVerify", actor.can(Permission.AUDIT_EXPORT));
        model.addAttribute("latest", trail.latestCheckpoint(actor.tenantId()).orElse(null));
        response.addHeader("Vary", "HX-Request");
        return htmx != null ? "audit/list :: results" : "audit/list";
    }

    /** Re-walks the chain; with htmx only the result panel is answered, without it the whole page. */
    @PostMapping("/audit/verify")
    @RequiresPermission(Permission.AUDIT_EXPORT)
    String verify(
            @AuthenticationPrincipal Actor actor,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("verification", trail.verify(actor, null).toJson());
        model.addAttribute("latest", trail.latestCheckpoint(actor.tenantId()).orElse(null));
        if (htmx != null) {
            return "audit/list :: verification";
        }
        return list(actor, null, null, "", "", "", "", null, null, model, response);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
