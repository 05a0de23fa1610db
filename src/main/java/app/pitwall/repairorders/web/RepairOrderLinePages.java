package app.pitwall.repairorders.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.Refusals;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.JobId;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.LineId;
import app.pitwall.repairorders.PartLine;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrders;
import app.pitwall.repairorders.api.MoneyText;
import app.pitwall.shopsetup.LaborRate;
import app.pitwall.shopsetup.ShopSetup;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Labor, part, fee and discount lines of a job through forms: one form per kind showing only the fields it uses,
 * labor rates offered from the order's location. Prices are the advisor's: every handler needs {@code
 * repair-orders:write}.
 */
@Controller
class RepairOrderLinePages {

    private final RepairOrders orders;
    private final ShopSetup setup;
    private final RepairOrderDetailPage detail;
    private final RepairOrderRefusals refusals;
    private final MessageSource messages;

    RepairOrderLinePages(
            RepairOrders orders,
            ShopSetup setup,
            RepairOrderDetailPage detail,
            RepairOrderRefusals refusals,
            MessageSource messages) {
        this.orders = orders;
        this.setup = setup;
        this.detail = detail;
        this.refusals = refusals;
        this.messages = messages;
    }

    @GetMapping("/repair-orders/{id}/jobs/{jobId}/lines/new")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    ModelAndView newLine(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID jobId,
            @RequestParam(defaultValue = "LABOR") @Pattern(regexp = "LABOR|PART|FEE|DISCOUNT") String kind) {
        RepairOrder order = detail.order(actor, id);
        Job job = job(order, jobId);
        Line.Kind chosen = Line.Kind.valueOf(kind);
        LineForm form = LineForm.blank(chosen, chosen != Line.Kind.FEE).withVersion(order.version());
        return form(actor, order, job, null, form, null, HttpStatus.OK);
    }

    @PostMapping("/repair-orders/{id}/jobs/{jobId}/lines/new")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    ModelAndView add(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID jobId,
            @Valid @ModelAttribute("form") LineForm form,
            BindingResult binding,
            Locale locale) {
        RepairOrder order = detail.order(actor, id);
        Job job = job(order, jobId);
        if (binding.hasErrors() || form.kind() == null) {
            return form(actor, order, job, null, form, binding, HttpStatus.BAD_REQUEST);
        }
        RepairOrder saved =
                orders.addLine(actor, order.id(), job.id(), form.draft(), RepairOrderForms.version(form.version()));
        return RepairOrderJobPages.back(saved, "line-added", job.id());
    }

    @GetMapping("/repair-orders/{id}/jobs/{jobId}/lines/{lineId}/edit")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    ModelAndView edit(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID jobId,
            @PathVariable UUID lineId) {
        RepairOrder order = detail.order(actor, id);
        Job job = job(order, jobId);
        Line line = line(job, lineId);
        return form(actor, order, job, line, LineForm.of(line, order.version()), null, HttpStatus.OK);
    }

    @PostMapping("/repair-orders/{id}/jobs/{jobId}/lines/{lineId}/edit")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    ModelAndView change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID jobId,
            @PathVariable UUID lineId,
            @Valid @ModelAttribute("form") LineForm form,
            BindingResult binding,
            Locale locale) {
        RepairOrder order = detail.order(actor, id);
        Job job = job(order, jobId);
        Line line = line(job, lineId);
        if (!line.kind().name().equals(form.kind())) {
            binding.rejectValue("kind", "ro.line.kindKept");
        }
        if (binding.hasErrors()) {
            return form(actor, order, job, line, form, binding, HttpStatus.BAD_REQUEST);
        }
        RepairOrder saved = orders.changeLine(
                actor, order.id(), job.id(), line.id(), form.draft(), RepairOrderForms.version(form.version()));
        return RepairOrderJobPages.back(saved, "line-saved", job.id());
    }

    @PostMapping("/repair-orders/{id}/jobs/{jobId}/lines/{lineId}/remove")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    ModelAndView remove(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID jobId,
            @PathVariable UUID lineId,
            @Valid @ModelAttribute("actionForm") RepairOrderForms.ActionForm form,
            BindingResult binding,
            Locale locale) {
        RepairOrder order = detail.order(actor, id);
        Job job = job(order, jobId);
        Line line = line(job, lineId);
        if (binding.hasErrors()) {
            return detail.refused(actor, id, refusals.errors(binding, locale), HttpStatus.BAD_REQUEST);
        }
        RepairOrder saved =
                orders.removeLine(actor, order.id(), job.id(), line.id(), RepairOrderForms.version(form.version()));
        return RepairOrderJobPages.back(saved, "line-removed", job.id());
    }

    private ModelAndView form(
            Actor actor,
            RepairOrder order,
            Job job,
            Line line,
            LineForm form,
            BindingResult binding,
            HttpStatus status) {
        ModelAndView page = new ModelAndView("repair-orders/line", status);
        page.addObject("order", order);
        page.addObject("job", job);
        page.addObject("line", line);
        Refusals.show(page, "form", form, binding);
        page.addObject(
                "version",
                binding != null && Refusals.stale(binding) ? String.valueOf(order.version()) : form.version());
        page.addObject("kind", form.kind() == null ? "LABOR" : form.kind());
        List<RepairOrderLookups.Choice> rates = new ArrayList<>();
        rates.add(new RepairOrderLookups.Choice(
                "", messages.getMessage("ro.line.rateTyped", null, LocaleContextHolder.getLocale())));
        for (LaborRate rate : setup.laborRates(actor, order.visit().locationId())) {
            if (rate.active()) {
                rates.add(new RepairOrderLookups.Choice(
                        rate.id().value().toString(),
                        rate.name() + " · " + MoneyText.text(rate.hourlyRate()) + " "
                                + order.pricing().currency().getCurrencyCode()
                                + (rate.isDefault() ? " ★" : "")));
            }
        }
        page.addObject("rates", rates);
        page.addObject(
                "feeKinds",
                List.of(
                        choice("SHOP_SUPPLIES", "ro.fee.SHOP_SUPPLIES"),
                        choice("ENVIRONMENTAL", "ro.fee.ENVIRONMENTAL"),
                        choice("SUBLET", "ro.fee.SUBLET")));
        List<RepairOrderLookups.Choice> conditions = new ArrayList<>();
        conditions.add(choice("", "line.condition.none"));
        for (PartLine.Condition condition : PartLine.Condition.values()) {
            conditions.add(choice(condition.name(), "line.condition." + condition.name()));
        }
        page.addObject("conditions", conditions);
        page.addObject("targets", List.of(choice("LABOR", "ro.target.LABOR"), choice("PARTS", "ro.target.PARTS")));
        page.addObject("yesNo", List.of(choice("true", "ro.yes"), choice("false", "ro.no")));
        return page;
    }

    private RepairOrderLookups.Choice choice(String value, String key) {
        return new RepairOrderLookups.Choice(value, messages.getMessage(key, null, LocaleContextHolder.getLocale()));
    }

    private static Job job(RepairOrder order, UUID jobId) {
        return order.job(new JobId(jobId)).orElseThrow(() -> new NotFoundException("Job"));
    }

    private static Line line(Job job, UUID lineId) {
        return job.line(new LineId(lineId)).orElseThrow(() -> new NotFoundException("Line"));
    }
}
