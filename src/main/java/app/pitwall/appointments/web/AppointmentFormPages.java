package app.pitwall.appointments.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.appointments.Appointment;
import app.pitwall.appointments.AppointmentId;
import app.pitwall.appointments.Appointments;
import app.pitwall.appointments.Booking;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.platform.web.Refusals;
import app.pitwall.tenancy.ActorLocations;
import app.pitwall.tenancy.Location;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Booking and changing appointments through a form on the location's clock. "Find" (or typing, with htmx) lists
 * matching customers without saving. A booking or move that would share a bay or technician with another appointment
 * comes back once with the clashes and a "Book anyway" button; refused input answers 400 and a save over someone
 * else's newer change 409, both keeping what was typed.
 */
@Controller
class AppointmentFormPages {

    private final Appointments appointments;
    private final AppointmentChoices choices;
    private final DoubleBookings doubleBookings;
    private final ActorLocations locations;
    private final MessageSource messages;
    private final Clock clock;

    AppointmentFormPages(
            Appointments appointments,
            AppointmentChoices choices,
            DoubleBookings doubleBookings,
            ActorLocations locations,
            MessageSource messages,
            Clock clock) {
        this.appointments = appointments;
        this.choices = choices;
        this.doubleBookings = doubleBookings;
        this.locations = locations;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/appointments/new")
    @RequiresPermission(Permission.APPOINTMENTS_WRITE)
    ModelAndView newAppointment(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) String location,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String time,
            @RequestParam(required = false) String bay,
            @RequestParam(required = false) String technician,
            @RequestParam(required = false) String customer) {
        Location shop = locations.chosen(actor, location);
        String day = date != null && date.matches("\\d{4}-\\d{2}-\\d{2}")
                ? date
                : LocalDate.now(clock.withZone(shop.timeZone())).toString();
        AppointmentForm form = AppointmentForm.blank(shop.id().value(), day, time, bay, technician, customer);
        return form(actor, shop, null, form, new FormErrors(), List.of(), HttpStatus.OK);
    }

    @PostMapping("/appointments/new")
    @RequiresPermission(Permission.APPOINTMENTS_WRITE)
    ModelAndView book(
            @AuthenticationPrincipal Actor actor,
            @Valid @ModelAttribute("form") AppointmentForm form,
            BindingResult binding,
            @RequestParam(required = false) String find,
            @RequestParam(defaultValue = "false") boolean confirmDoubleBooking,
            Locale locale) {
        Location shop = locations.chosen(actor, binding.hasFieldErrors("locationId") ? "-" : form.locationId());
        if (find != null) {
            return form(actor, shop, null, form, FormErrors.of(binding, messages, locale), List.of(), HttpStatus.OK);
        }
        FormErrors errors = FormErrors.of(binding, messages, locale);
        AppointmentInput.Times times =
                binding.hasErrors() ? null : AppointmentInput.times(form, shop.timeZone(), errors, messages, locale);
        if (!errors.isEmpty() || times == null) {
            return form(actor, shop, null, form, errors, List.of(), HttpStatus.BAD_REQUEST);
        }
        List<DoubleBookings.Clash> clashes = doubleBookings.of(
                actor,
                shop.id().value(),
                shop.timeZone(),
                null,
                form.bay(),
                form.technician(),
                times.starts(),
                times.ends());
        if (!clashes.isEmpty() && !confirmDoubleBooking) {
            return form(actor, shop, null, form, errors, clashes, HttpStatus.OK);
        }
        Booking booking =
                appointments.book(actor, AppointmentInput.details(shop.id().value(), form, times));
        return done(booking, "appointment-booked");
    }

    @GetMapping("/appointments/{id}/edit")
    @RequiresPermission(Permission.APPOINTMENTS_WRITE)
    ModelAndView edit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        Appointment appointment = open(actor, id);
        Location shop = locations.of(actor, appointment.locationId());
        return form(
                actor,
                shop,
                appointment,
                AppointmentForm.of(appointment, shop.timeZone()),
                new FormErrors(),
                List.of(),
                HttpStatus.OK);
    }

    @PostMapping("/appointments/{id}/edit")
    @RequiresPermission(Permission.APPOINTMENTS_WRITE)
    ModelAndView change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") AppointmentForm form,
            BindingResult binding,
            @RequestParam(required = false) String find,
            @RequestParam(defaultValue = "false") boolean confirmDoubleBooking,
            Locale locale) {
        Appointment appointment = open(actor, id);
        Location shop = locations.of(actor, appointment.locationId());
        if (find != null) {
            return form(
                    actor, shop, appointment, form, FormErrors.of(binding, messages, locale), List.of(), HttpStatus.OK);
        }
        FormErrors errors = FormErrors.of(binding, messages, locale);
        AppointmentInput.Times times =
                binding.hasErrors() ? null : AppointmentInput.times(form, shop.timeZone(), errors, messages, locale);
        if (!errors.isEmpty() || times == null) {
            AppointmentForm kept = Refusals.stale(binding) ? form.withVersion(appointment.version()) : form;
            return form(actor, shop, appointment, kept, errors, List.of(), HttpStatus.BAD_REQUEST);
        }
        List<DoubleBookings.Clash> clashes = doubleBookings.of(
                actor,
                shop.id().value(),
                shop.timeZone(),
                appointment.id(),
                form.bay(),
                form.technician(),
                times.starts(),
                times.ends());
        if (!clashes.isEmpty() && !confirmDoubleBooking) {
            return form(actor, shop, appointment, form, errors, clashes, HttpStatus.OK);
        }
        Booking booking = appointments.change(
                actor,
                appointment.id(),
                AppointmentInput.details(null, form, times),
                form.bay() == null,
                form.technician() == null,
                form.expectedVersion());
        return done(booking, "appointment-saved");
    }

    private static ModelAndView done(Booking booking, String notice) {
        String key = booking.warnings().isEmpty() ? notice : "appointment-double-booked";
        return new ModelAndView(
                LocalRedirects.to("/appointments/" + booking.appointment().id().value() + "?notice=" + key));
    }

    private ModelAndView form(
            Actor actor,
            Location shop,
            Appointment appointment,
            AppointmentForm form,
            FormErrors errors,
            List<DoubleBookings.Clash> clashes,
            HttpStatus status) {
        Appointments.Resources resources = choices.resources(actor, shop.id().value());
        UUID customer = safe(form::customer);
        ModelAndView page = new ModelAndView("appointments/form", status);
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("appointment", appointment);
        page.addObject("locationName", shop.name());
        page.addObject("zone", shop.timeZone().getId());
        List<AppointmentChoices.Option> customers = choices.customers(actor, form.customerQuery(), customer);
        UUID owner = customer != null || customers.size() != 1
                ? customer
                : UUID.fromString(customers.get(0).value());
        page.addObject("customers", customers);
        page.addObject("vehicles", choices.vehicles(actor, owner));
        page.addObject("bays", choices.bays(resources));
        page.addObject("technicians", choices.technicians(resources));
        page.addObject("clashes", clashes);
        page.addObject(
                "action",
                appointment == null
                        ? "/appointments/new"
                        : "/appointments/" + appointment.id().value() + "/edit");
        page.addObject(
                "back",
                appointment == null
                        ? "/appointments?location=" + shop.id().value() + "&date=" + form.date()
                        : "/appointments/" + appointment.id().value());
        return page;
    }

    private Appointment found(Actor actor, UUID id) {
        return appointments
                .find(actor, new AppointmentId(id))
                .orElseThrow(() -> new NotFoundException("Appointment"))
                .appointment();
    }

    /** An appointment that can still change: booked, not checked in or cancelled. */
    private Appointment open(Actor actor, UUID id) {
        Appointment appointment = found(actor, id);
        if (appointment.status() != Appointment.Status.BOOKED) {
            throw new ConflictException(
                    ProblemType.APPOINTMENT_CLOSED, "The appointment is " + appointment.status() + ".");
        }
        return appointment;
    }

    private static UUID safe(java.util.function.Supplier<UUID> id) {
        try {
            return id.get();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
