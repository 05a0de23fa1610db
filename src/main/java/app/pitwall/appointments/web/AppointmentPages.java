package app.pitwall.appointments.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.appointments.Appointment;
import app.pitwall.appointments.AppointmentId;
import app.pitwall.appointments.Appointments;
import app.pitwall.appointments.Booking;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.platform.web.ShopTimes;
import app.pitwall.tenancy.ActorLocations;
import app.pitwall.tenancy.Location;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    private final MessageSource messages;

    AppointmentPages(
            Appointments appointments, AppointmentChoices choices, ActorLocations locations, MessageSource messages) {
        this.appointments = appointments;
        this.choices = choices;
        this.locations = locations;
        this.messages = messages;
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

    @GetMapping("/appointments/{id}/cancel")
    @RequiresPermission(Permission.APPOINTMENTS_WRITE)
    ModelAndView confirmCancel(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        Booking booking = found(actor, id);
        return cancelForm(
                actor, booking, "", Integer.toString(booking.appointment().version()), new FormErrors(), HttpStatus.OK);
    }

    @PostMapping("/appointments/{id}/cancel")
    @RequiresPermission(Permission.APPOINTMENTS_WRITE)
    ModelAndView cancel(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String version,
            Locale locale) {
        Booking booking = found(actor, id);
        FormErrors errors = new FormErrors();
        if (reason.isBlank()) {
            errors.field("reason", messages.getMessage("appointment.cancel.reason.required", null, locale));
        } else if (reason.length() > 500) {
            errors.field("reason", messages.getMessage("appointment.cancel.reason.long", null, locale));
        }
        if (!version.matches("[0-9]{1,9}")) {
            errors.field("version", messages.getMessage("form.version.invalid", null, locale));
        }
        if (!errors.isEmpty()) {
            return cancelForm(actor, booking, reason, version, errors, HttpStatus.BAD_REQUEST);
        }
        try {
            Appointment cancelled =
                    appointments.cancel(actor, booking.appointment().id(), reason, Integer.valueOf(version));
            ZoneId zone = locations.of(actor, cancelled.locationId()).timeZone();
            return new ModelAndView(LocalRedirects.to("/appointments?location=" + cancelled.locationId() + "&date="
                    + ShopTimes.local(cancelled.startsAt(), zone).toLocalDate() + "&notice=appointment-cancelled"));
        } catch (InvalidInputException refused) {
            return cancelForm(
                    actor,
                    booking,
                    reason,
                    version,
                    FormErrors.of(refused, f -> f, messages, locale),
                    HttpStatus.BAD_REQUEST);
        } catch (ConflictException conflict) {
            if (!"stale-version".equals(conflict.type())) {
                throw conflict;
            }
            Booking current = found(actor, id);
            FormErrors stale = new FormErrors().global(messages.getMessage("form.stale", null, locale));
            return cancelForm(
                    actor,
                    current,
                    reason,
                    Integer.toString(current.appointment().version()),
                    stale,
                    HttpStatus.CONFLICT);
        }
    }

    private ModelAndView cancelForm(
            Actor actor, Booking booking, String reason, String version, FormErrors errors, HttpStatus status) {
        Appointment appointment = booking.appointment();
        if (appointment.status() != Appointment.Status.BOOKED) {
            throw new ConflictException("appointment-closed", "The appointment is " + appointment.status() + ".");
        }
        ZoneId zone = locations.of(actor, appointment.locationId()).timeZone();
        ModelAndView page = new ModelAndView("appointments/cancel", status);
        page.addObject("card", card(booking, zone));
        page.addObject("reason", reason);
        page.addObject("version", version);
        page.addObject("errors", errors);
        return page;
    }

    private static CalendarCard card(Booking booking, ZoneId zone) {
        return CalendarCard.of(booking, zone);
    }

    private Booking found(Actor actor, UUID id) {
        return appointments.find(actor, new AppointmentId(id)).orElseThrow(() -> new NotFoundException("Appointment"));
    }
}
