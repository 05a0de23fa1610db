package app.pitwall.appointments.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.web.FormErrors;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pieces of the appointment form that htmx asks for while the advisor types: the customers matching the search
 * (a single match is chosen, with their vehicles) and the chosen customer's vehicles. Without JavaScript the form's
 * "Find" button renders the same pieces in the whole form.
 */
@Controller
class AppointmentPickers {

    private final AppointmentChoices choices;

    AppointmentPickers(AppointmentChoices choices) {
        this.choices = choices;
    }

    @GetMapping("/appointments/pickers/customers")
    @RequiresPermission(Permission.APPOINTMENTS_WRITE)
    ModelAndView customers(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") String customerQuery,
            @RequestParam(required = false) UUID customerId) {
        String query = customerQuery.length() > 100 ? customerQuery.substring(0, 100) : customerQuery;
        List<AppointmentChoices.Option> customers = choices.customers(actor, query, customerId);
        UUID chosen = customerId != null
                ? customerId
                : customers.size() == 1 ? UUID.fromString(customers.get(0).value()) : null;
        ModelAndView page = new ModelAndView("appointments/form :: customer-picker");
        page.addObject("form", form(query, chosen));
        page.addObject("errors", new FormErrors());
        page.addObject("customers", customers);
        page.addObject("vehicles", choices.vehicles(actor, chosen));
        return page;
    }

    @GetMapping("/appointments/pickers/vehicles")
    @RequiresPermission(Permission.APPOINTMENTS_WRITE)
    ModelAndView vehicles(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) UUID customerId) {
        ModelAndView page = new ModelAndView("appointments/form :: vehicle-picker");
        page.addObject("form", form("", customerId));
        page.addObject("errors", new FormErrors());
        page.addObject("vehicles", choices.vehicles(actor, customerId));
        return page;
    }

    private static AppointmentForm form(String query, UUID customer) {
        return new AppointmentForm(
                "", query, customer == null ? "" : customer.toString(), "", "", "", "", "", "", "", "", "");
    }
}
