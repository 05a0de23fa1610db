package app.pitwall.appointments.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.appointments.Appointment;
import app.pitwall.appointments.AppointmentId;
import app.pitwall.appointments.Appointments;
import app.pitwall.appointments.Booking;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.FormFields;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.platform.web.OdometerWarnings;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.platform.web.Refusals;
import app.pitwall.platform.web.WallClock;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.tenancy.ActorLocations;
import app.pitwall.tenancy.Location;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
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
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /appointments/{id}/check-in}: the customer is at the counter. The advisor notes the odometer, the customer's
 * concern in their words and the time promised (on the location's clock), and the appointment becomes a repair order,
 * whose page comes next. An odometer lower than the vehicle's last reading is shown again with a warning and a box to
 * confirm it. Checking in needs {@code repair-orders:write} as well, because it opens an order.
 */
@Controller
class CheckInPage {

    private final Appointments appointments;
    private final AppointmentChoices choices;
    private final ActorLocations locations;
    private final MessageSource messages;

    CheckInPage(
            Appointments appointments, AppointmentChoices choices, ActorLocations locations, MessageSource messages) {
        this.appointments = appointments;
        this.choices = choices;
        this.locations = locations;
        this.messages = messages;
    }

    /** The check-in form as typed. */
    record CheckInForm(
            @Pattern(regexp = AppointmentForm.ID, message = "{form.choice.invalid}")
            String vehicleId,

            @Pattern(regexp = "^$|^[0-9]{1,8}$", message = "{form.odometer.invalid}")
            String odometerIn,

            @Size(max = 1000) String concern,

            @Pattern(regexp = "^$|^\\d{4}-\\d{2}-\\d{2}$", message = "{form.date.invalid}")
            String promisedDate,

            @Pattern(regexp = "^$|^\\d{1,2}:\\d{2}$", message = "{form.clock.invalid}")
            String promisedTime,

            @Pattern(regexp = "^$|^[0-9]{1,9}$") String version,

            @Pattern(regexp = "^$|^true$") String confirmLowerOdometer)
            implements FormFields {

        CheckInForm withVersion(int current) {
            return new CheckInForm(
                    vehicleId,
                    odometerIn,
                    concern,
                    promisedDate,
                    promisedTime,
                    Integer.toString(current),
                    confirmLowerOdometer);
        }

        @Override
        public String inputOf(String serviceField) {
            if (serviceField.startsWith("concerns")) {
                return "concern";
            }
            return "promisedAt".equals(serviceField) ? "promisedTime" : serviceField;
        }
    }

    @GetMapping("/appointments/{id}/check-in")
    @RequiresPermission(Permission.APPOINTMENTS_WRITE)
    ModelAndView form(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        Booking booking = open(actor, id);
        Appointment appointment = booking.appointment();
        CheckInForm form = new CheckInForm(
                appointment.vehicleId() == null ? "" : appointment.vehicleId().toString(),
                "",
                "",
                "",
                "",
                Integer.toString(appointment.version()),
                "");
        return page(actor, booking, form, new FormErrors(), false, HttpStatus.OK);
    }

    @PostMapping("/appointments/{id}/check-in")
    @RequiresPermission(Permission.APPOINTMENTS_WRITE)
    ModelAndView checkIn(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") CheckInForm form,
            BindingResult binding,
            Locale locale) {
        Booking booking = open(actor, id);
        Appointment appointment = booking.appointment();
        Location shop = locations.of(actor, appointment.locationId());
        FormErrors errors = FormErrors.of(binding, messages, locale);
        Instant promised = null;
        if (!binding.hasErrors()) {
            boolean dateGiven = !blank(form.promisedDate());
            boolean timeGiven = !blank(form.promisedTime());
            if (dateGiven != timeGiven) {
                errors.field(
                        dateGiven ? "promisedTime" : "promisedDate",
                        messages.getMessage("checkIn.promised.both", null, locale));
            } else if (dateGiven) {
                promised = WallClock.instant(
                        form.promisedDate(),
                        form.promisedTime(),
                        shop.timeZone(),
                        "promisedDate",
                        "promisedTime",
                        errors,
                        messages,
                        locale);
            }
        }
        if (!errors.isEmpty()) {
            CheckInForm kept = Refusals.stale(binding) ? form.withVersion(appointment.version()) : form;
            boolean lower = OdometerWarnings.lowerThanLast(binding, "odometerIn");
            return page(
                    actor,
                    booking,
                    kept,
                    errors,
                    lower,
                    lower ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST);
        }
        RepairOrder order = appointments.checkIn(
                actor,
                appointment.id(),
                new Appointments.CheckIn(
                        blank(form.vehicleId()) ? null : UUID.fromString(form.vehicleId()),
                        blank(form.odometerIn()) ? null : Integer.valueOf(form.odometerIn()),
                        blank(form.concern()) ? null : form.concern(),
                        promised,
                        "true".equals(form.confirmLowerOdometer())),
                blank(form.version()) ? null : Integer.valueOf(form.version()));
        return new ModelAndView(
                LocalRedirects.to("/repair-orders/" + order.id().value() + "?notice=appointment-checked-in"));
    }

    private ModelAndView page(
            Actor actor,
            Booking booking,
            CheckInForm form,
            FormErrors errors,
            boolean lowerOdometer,
            HttpStatus status) {
        Appointment appointment = booking.appointment();
        Location shop = locations.of(actor, appointment.locationId());
        ModelAndView page = new ModelAndView("appointments/check-in", status);
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("lowerOdometer", lowerOdometer);
        page.addObject("card", CalendarCard.of(booking, shop.timeZone()));
        page.addObject("vehicles", choices.vehicles(actor, appointment.customerId()));
        page.addObject("locationName", shop.name());
        page.addObject("zone", shop.timeZone().getId());
        return page;
    }

    private Booking open(Actor actor, UUID id) {
        if (!actor.can(Permission.REPAIR_ORDERS_WRITE)) {
            throw new ForbiddenException("Checking in opens a repair order.");
        }
        Booking booking =
                appointments.find(actor, new AppointmentId(id)).orElseThrow(() -> new NotFoundException("Appointment"));
        if (booking.appointment().status() != Appointment.Status.BOOKED) {
            throw new ConflictException(
                    ProblemType.APPOINTMENT_CLOSED,
                    "The appointment is " + booking.appointment().status() + ".");
        }
        return booking;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
