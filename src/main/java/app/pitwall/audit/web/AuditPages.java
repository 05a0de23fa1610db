package app.pitwall.audit.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.audit.internal.AuditFilter;
import app.pitwall.audit.internal.AuditSubjects;
import app.pitwall.audit.internal.AuditTrail;
import app.pitwall.platform.Auditable.Subject;
import app.pitwall.platform.Page;
import app.pitwall.platform.web.NavigationLink;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.Tenants;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit page: the trail newest first, with names instead of ids and times on the viewer's shop
 * clock (that of the first location they work at, see {@link Tenants#homeLocation}), filtered by
 * dates on that clock, a person, a kind of event and a customer (with their vehicles, repair orders
 * and appointments) or a repair order picked from lists; one subject's entries stay one link away
 * ({@code /audit?subjectType=customer&subjectId=...}). For owners, a verify button showing the result
 * and the latest signed checkpoint, and the exports, which keep the raw entries. Bookkeepers see the
 * financial part only, as over the API.
 */
@Controller
@Validated
class AuditPages {

    static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final AuditSubjects subjects;
    private final AuditRows rows;
    private final AuditFilterChoices choices;
    private final Tenants tenants;

    AuditPages(AuditTrail trail, AuditSubjects subjects, AuditRows rows, AuditFilterChoices choices, Tenants tenants) {
        this.trail = trail;
        this.subjects = subjects;
        this.rows = rows;
        this.choices = choices;
        this.tenants = tenants;
    }

    @Bean
    static NavigationLink auditLink() {
        return new NavigationLink(NavigationLink.Group.SETTINGS, 190, "/audit", "nav.audit");
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
            @RequestParam(defaultValue = "") @Size(max = 160) @Pattern(regexp = "([a-z][a-z0-9-]*:[A-Za-z0-9._-]+)?")
                    String about,
            @RequestParam(defaultValue = "") @Size(max = 100) String aboutQuery,
            @RequestParam(required = false) @Size(max = 100) String cursor,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Clock clock = clock(actor);
        Optional<Subject> picked = AuditFilterChoices.about(about);
        Subject exact = blankToNull(subjectType) == null ? null : new Subject(subjectType, blankToNull(subjectId));
        AuditFilter filter = new AuditFilter(
                from == null ? null : from.atStartOfDay(clock.zone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(clock.zone()).toInstant(),
                blankToNull(actorId),
                blankToNull(action),
                exact == null ? null : exact.type(),
                exact == null ? null : exact.id(),
                picked.map(subject -> subjects.family(actor.tenantId(), subject))
                        .orElse(null));
        Page<ObjectNode> page =
                trail.events(actor, filter, PAGE_SIZE, cursor == null || cursor.isBlank() ? null : cursor);
        UriComponentsBuilder here = UriComponentsBuilder.fromPath("/audit")
                .queryParamIfPresent("from", Optional.ofNullable(from))
                .queryParamIfPresent("to", Optional.ofNullable(to))
                .queryParamIfPresent("actorId", Optional.ofNullable(blankToNull(actorId)))
                .queryParamIfPresent("action", Optional.ofNullable(blankToNull(action)))
                .queryParamIfPresent("subjectType", Optional.ofNullable(blankToNull(subjectType)))
                .queryParamIfPresent("subjectId", Optional.ofNullable(blankToNull(subjectId)))
                .queryParamIfPresent("about", picked.map(subject -> about));
        model.addAttribute("rows", rows.of(actor.tenantId(), page.items(), clock.zone(), locale));
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
        response.addHeader("Vary", "HX-Request");
        if (htmx != null) {
            return "audit/list :: results";
        }
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actorId", actorId);
        model.addAttribute("action", action);
        model.addAttribute("about", picked.isPresent() ? about : "");
        model.addAttribute("aboutQuery", aboutQuery);
        model.addAttribute("subjectType", exact == null ? "" : subjectType);
        model.addAttribute("subjectId", exact == null ? "" : subjectId);
        model.addAttribute("exactSubject", exact == null ? null : exactName(actor, exact, locale));
        model.addAttribute("staff", choices.staff(actor, blankToNull(actorId), locale));
        model.addAttribute("kinds", choices.kinds(actor, blankToNull(action), locale));
        model.addAttribute("aboutOptions", choices.about(actor, picked.orElse(null), aboutQuery, locale));
        model.addAttribute("clock", clock);
        model.addAttribute("financialOnly", AuditTrail.financialOnly(actor));
        model.addAttribute("canVerify", actor.can(Permission.AUDIT_EXPORT));
        latest(actor, clock, model);
        return "audit/list";
    }

    /** The customers and repair orders matching what was typed, for the picker; htmx asks while one types. */
    @GetMapping("/audit/pickers/about")
    @RequiresPermission(Permission.AUDIT_READ_FINANCIAL)
    String aboutPicker(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") String aboutQuery,
            @RequestParam(defaultValue = "") String about,
            Locale locale,
            Model model) {
        String typed = aboutQuery.length() > 100 ? aboutQuery.substring(0, 100) : aboutQuery;
        Optional<Subject> picked = AuditFilterChoices.about(about);
        model.addAttribute("about", picked.isPresent() ? about : "");
        model.addAttribute("aboutQuery", typed);
        model.addAttribute("aboutOptions", choices.about(actor, picked.orElse(null), typed, locale));
        return "audit/list :: about-choice";
    }

    /** Re-walks the chain; with htmx only the result panel is answered, without it the whole page. */
    @PostMapping("/audit/verify")
    @RequiresPermission(Permission.AUDIT_EXPORT)
    String verify(
            @AuthenticationPrincipal Actor actor,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("verification", trail.verify(actor, null).toJson());
        if (htmx != null) {
            latest(actor, clock(actor), model);
            return "audit/list :: verification";
        }
        return list(actor, null, null, "", "", "", "", "", "", null, null, locale, model, response);
    }

    /** The viewer's shop clock: their first location's zone, UTC for a tenant without locations. */
    record Clock(String location, ZoneId zone) {}

    private Clock clock(Actor actor) {
        return tenants.homeLocation(actor)
                .map((Location location) -> new Clock(location.name(), location.timeZone()))
                .orElse(new Clock("UTC", ZoneOffset.UTC));
    }

    private void latest(Actor actor, Clock clock, Model model) {
        JsonNode latest = trail.latestCheckpoint(actor.tenantId()).orElse(null);
        model.addAttribute("latest", latest);
        if (latest != null) {
            model.addAttribute(
                    "latestSignedAt", AuditRows.shown(latest.path("time").asString(""), clock.zone()));
        }
    }

    private String exactName(Actor actor, Subject subject, Locale locale) {
        return rows.name(actor.tenantId(), subject, locale);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
