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
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.platform.web.Refusals;
import app.pitwall.platform.web.ShopTimes;
import app.pitwall.tenancy.ActorLocations;
import app.pitwall.tenancy.Location;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * One appointment's page (when, where, who, what was asked for, and any double booking it makes) with the ways on:
 * change it, check the customer in, or cancel it with a reason.
 */
@Controller
class AppointmentPages {

    private final Appointments appointments;
    private final AppointmentChoices choices;
    private final ActorLocations locations;

    AppointmentPages(Appointments appointments, AppointmentChoices choices, ActorLocations locations) {
        this.appointments = appointments;
        this.choices = choices;
        this.locations = locations;
    }

    /** A double booking as the page states it. */
    record Warning(String resource, String resourceName, UUID otherId, String time) {}

    @GetMapping("/appointments/{id}")
    @RequiresPermission(Permission.APPOINTMENTS_READ)
    ModelAndView detail(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        Booking booking = found(actor, id);
        Appointment appointment = booking.appointment();
        Location shop = locations.of(actor, appointment.locationId());
        ZoneId zone = shop.timeZone();
        Appointments.Resources resources = choices.resources(actor, shop.id().value());
        Map<String, String> names = new HashMap<>();
        choices.bays(resources).forEach(option -> names.put(option.value(), option.label()));
        choices.technicians(resources).forEach(option -> names.put(option.value(), option.label()));
        ModelAndView page = new ModelAndView("appointments/detail");
        page.addObject("appointment", appointment);
        page.addObject("card", CalendarCard.of(booking, zone));
        page.addObject("locationName", shop.name());
        page.addObject("zone", zone.getId());
        page.addObject(
                "bayName",
                appointment.bayId() == null
                        ? null
                        : names.get(appointment.bayId().value().toString()));
        page.addObject(
                "technicianName",
                appointment.technicianId() == null
                        ? null
                        : names.get(appointment.technicianId().toString()));
        page.addObject(
                "warnings",
                booking.warnings().stream()
                        .map(clash -> new Warning(
                                clash.resource().name(),
                                Objects.requireNonNullElse(
                                        names.get(clash.resourceId().toString()), ""),
                                clash.otherAppointmentId().value(),
                                ShopTimes.local(clash.otherStartsAt(), zone).toLocalDate() + " "
                                        + ShopTimes.local(clash.otherStartsAt(), zone)
                                                .format(CalendarCard.CLOCK)
                                        + "–"
                                        + ShopTimes.local(clash.otherEndsAt(), zone)
                                                .format(CalendarCard.CLOCK)))
                        .toList());
        page.addObject(
                "canChange",
                actor.can(Permission.APPOINTMENTS_WRITE) && appointment.status() == Appointment.Status.BOOKED);
        page.addObject(
                "canCheckIn",
                actor.can(Permission.APPOINTMENTS_WRITE)
                        && actor.can(Permission.REPAIR_ORDERS_WRITE)
                        && appointment.status() == Appointment.Status.BOOKED);
        page.addObject(
                "calendar",
                "/appointments?location=" + shop.id().value() + "&date="
                        + card(booking, zone).startsAt().toLocalDate());
        return page;
    }

    /** Why the appointment is cancelled, and the version it was read at. */
    record CancelForm(
            @NotBlank(message = "{appointment.cancel.reason.required}")
            @Size(max = 500, message = "{appointment.cancel.reason.long}")
            String reason,

            @Pattern(regexp = "[0-9]{1,9}", message = "{form.version.invalid}")
            String version) {}

    @GetMapping("/appointments/{id}/cancel")
    @RequiresPermission(Permission.APPOINTMENTS_WRITE)
    ModelAndView confirmCancel(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        Booking booking = found(actor, id);
        return cancelForm(
                actor,
                booking,
                new CancelForm("", Integer.toString(booking.appointment().version())),
                HttpStatus.OK);
    }

    @PostMapping("/appointments/{id}/cancel")
    @RequiresPermission(Permission.APPOINTMENTS_WRITE)
    ModelAndView cancel(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") CancelForm form,
            BindingResult binding) {
        Booking booking = found(actor, id);
        if (binding.hasErrors()) {
            return cancelForm(actor, booking, form, HttpStatus.BAD_REQUEST)
                    .addObject(
                            "version",
                            Refusals.stale(binding) ? booking.appointment().version() : form.version());
        }
        Appointment cancelled =
                appointments.cancel(actor, booking.appointment().id(), form.reason(), Integer.valueOf(form.version()));
        ZoneId zone = locations.of(actor, cancelled.locationId()).timeZone();
        return new ModelAndView(LocalRedirects.to("/appointments?location=" + cancelled.locationId() + "&date="
                + ShopTimes.local(cancelled.startsAt(), zone).toLocalDate() + "&notice=appointment-cancelled"));
    }

    private ModelAndView cancelForm(Actor actor, Booking booking, CancelForm form, HttpStatus status) {
        Appointment appointment = booking.appointment();
        if (appointment.status() != Appointment.Status.BOOKED) {
            throw new ConflictException(
                    ProblemType.APPOINTMENT_CLOSED, "The appointment is " + appointment.status() + ".");
        }
        ZoneId zone = locations.of(actor, appointment.locationId()).timeZone();
        ModelAndView page = new ModelAndView("appointments/cancel", status);
        page.addObject("card", card(booking, zone));
        page.addObject("form", form);
        page.addObject("version", form.version());
        return page;
    }

    private static CalendarCard card(Booking booking, ZoneId zone) {
        return CalendarCard.of(booking, zone);
    }

    private Booking found(Actor actor, UUID id) {
        return appointments.find(actor, new AppointmentId(id)).orElseThrow(() -> new NotFoundException("Appointment"));
    }
}
