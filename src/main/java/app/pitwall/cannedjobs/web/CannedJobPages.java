package app.pitwall.cannedjobs.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.cannedjobs.CannedJob;
import app.pitwall.cannedjobs.CannedJobDraft;
import app.pitwall.cannedjobs.CannedJobId;
import app.pitwall.cannedjobs.CannedJobs;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.Page;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.platform.web.Refusals;
import app.pitwall.repairorders.PartLine;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /canned-jobs}: the tenant's job templates, listed, written with their labor, part, fee and discount lines,
 * changed and deleted. Canned jobs carry prices, so every page needs {@code repair-orders:write}, like the API.
 * "Add a line" shows another empty row without saving; refused input answers 400 and a stale save 409, both keeping
 * what was typed.
 */
@Controller
class CannedJobPages {

    static final String PATH = "/canned-jobs";
    private static final int PAGE = 25;

    private final CannedJobs cannedJobs;
    private final MessageSource messages;

    CannedJobPages(CannedJobs cannedJobs, MessageSource messages) {
        this.cannedJobs = cannedJobs;
        this.messages = messages;
    }

    @GetMapping(PATH)
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    ModelAndView list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String cursor,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        String query = q.length() > 100 ? q.substring(0, 100) : q.strip();
        Page<CannedJob> page = cannedJobs.list(actor, query.isEmpty() ? null : query, PAGE, cursor);
        ModelAndView view = new ModelAndView(htmx != null ? "canned-jobs/list :: results" : "canned-jobs/list");
        view.addObject("page", page);
        view.addObject("q", query);
        view.addObject("paged", cursor != null);
        return view;
    }

    @GetMapping(PATH + "/new")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    ModelAndView newJob() {
        return form(null, CannedJobForm.blank(), new FormErrors(), HttpStatus.OK);
    }

    @PostMapping(PATH + "/new")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    ModelAndView create(
            @AuthenticationPrincipal Actor actor,
            @Valid @ModelAttribute("form") CannedJobForm form,
            BindingResult binding,
            @RequestParam(required = false) String addLine,
            Locale locale) {
        if (addLine != null) {
            return form(null, form.withRows(1), FormErrors.of(binding, messages, locale), HttpStatus.OK);
        }
        FormErrors errors = FormErrors.of(binding, messages, locale);
        CannedJobDraft draft = errors.isEmpty() ? form.toDraft(errors, messages, locale) : null;
        if (!errors.isEmpty()) {
            return form(null, form.withRows(0), errors, HttpStatus.BAD_REQUEST);
        }
        cannedJobs.create(actor, draft);
        return new ModelAndView(LocalRedirects.to(PATH + "?notice=canned-job-created"));
    }

    @GetMapping(PATH + "/{id}")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    ModelAndView edit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        CannedJob job = found(actor, id);
        return form(job, CannedJobForm.of(job), new FormErrors(), HttpStatus.OK);
    }

    @PostMapping(PATH + "/{id}")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    ModelAndView change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") CannedJobForm form,
            BindingResult binding,
            @RequestParam(required = false) String addLine,
            Locale locale) {
        CannedJob job = found(actor, id);
        if (addLine != null) {
            return form(job, form.withRows(1), FormErrors.of(binding, messages, locale), HttpStatus.OK);
        }
        FormErrors errors = FormErrors.of(binding, messages, locale);
        CannedJobDraft draft = errors.isEmpty() ? form.toDraft(errors, messages, locale) : null;
        if (!errors.isEmpty()) {
            CannedJobForm kept = Refusals.stale(binding) ? form.withVersion(job.version()) : form;
            return form(job, kept.withRows(0), errors, HttpStatus.BAD_REQUEST);
        }
        cannedJobs.change(actor, job.id(), draft, form.expectedVersion());
        return new ModelAndView(LocalRedirects.to(PATH + "?notice=canned-job-saved"));
    }

    @GetMapping(PATH + "/{id}/delete")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    ModelAndView confirmDelete(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return new ModelAndView("canned-jobs/delete", Map.of("job", found(actor, id)));
    }

    @PostMapping(PATH + "/{id}/delete")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    ModelAndView delete(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        cannedJobs.delete(actor, found(actor, id).id(), null);
        return new ModelAndView(LocalRedirects.to(PATH + "?notice=canned-job-deleted"));
    }

    private ModelAndView form(CannedJob job, CannedJobForm form, FormErrors errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("canned-jobs/form", status);
        page.addObject("job", job);
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("conditions", PartLine.Condition.values());
        page.addObject(
                "action", job == null ? PATH + "/new" : PATH + "/" + job.id().value());
        return page;
    }

    private CannedJob found(Actor actor, UUID id) {
        return cannedJobs.find(actor, new CannedJobId(id)).orElseThrow(() -> new NotFoundException("Canned job"));
    }
}
