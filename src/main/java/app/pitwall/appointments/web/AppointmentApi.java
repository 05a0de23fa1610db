package app.pitwall.appointments.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.appointments.Appointment;
import app.pitwall.appointments.AppointmentDetails;
import app.pitwall.appointments.AppointmentId;
import app.pitwall.appointments.Appointments;
import app.pitwall.appointments.Booking;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.ExpectedVersion;
import app.pitwall.platform.web.MergePatch;
import app.pitwall.platform.web.PageView;
import app.pitwall.platform.web.Paging;
import app.pitwall.platform.web.ShopTimes;
import app.pitwall.repairorders.api.RepairOrderViews;
import app.pitwall.shopsetup.BayId;
import app.pitwall.tenancy.LocationZones;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/appointments}: a location's calendar by day or week ({@code from} and {@code to} as dates on the
 * shop's clock, or instants), booking, moving, cancelling and checking in. Times are answered in UTC and on the
 * location's clock; double bookings come back as {@code warnings}.
 */
@RestController
@Validated
@RequestMapping("/api/v1/appointments")
class AppointmentApi {

    private final Appointments appointments;
    private final LocationZones zones;

    AppointmentApi(Appointments appointments, LocationZones zones) {
        this.appointments = appointments;
        this.zones = zones;
    }

    record BookBody(
            @NotNull UUID locationId,
            UUID bayId,
            UUID technicianId,
            @NotNull UUID customerId,
            UUID vehicleId,
            @NotBlank @Size(max = 40) String startsAt,
            @Size(max = 40) String endsAt,
            @Min(5) @Max(1440) Integer durationMinutes,
            @Size(max = 20) List<@NotNull @Size(max = 200) String> requestedServices,
            @Size(max = 2000) String notes) {}

    record ChangeBody(
            UUID bayId,
            UUID technicianId,
            UUID customerId,
            UUID vehicleId,
            @Size(max = 40) String startsAt,
            @Size(max = 40) String endsAt,
            @Min(5) @Max(1440) Integer durationMinutes,
            @Size(max = 20) List<@NotNull @Size(max = 200) String> requestedServices,
            @Size(max = 2000) String notes,
            @Min(0) Integer version) {}

    /** Required fields are checked once the appointment is found, so another tenant's id answers 404. */
    record CancelBody(
            @Size(max = 500) String reason, @Min(0) Integer version) {}

    record CheckInBody(
            UUID vehicleId,
            @Min(0) @Max(10_000_000) Integer odometerIn,
            @Size(max = 1000) String concern,
            @Size(max = 40) String promisedAt,
            Boolean confirmLowerOdometer,
            @Min(0) Integer version) {}

    @GetMapping
    @RequiresPermission(Permission.APPOINTMENTS_READ)
    PageView<AppointmentViews.BookingView> list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam @NotNull UUID locationId,
            @RequestParam(required = false) @Size(max = 40) String from,
            @RequestParam(required = false) @Size(max = 40) String to,
            Paging paging) {
        ZoneId zone = zones.of(actor, locationId);
        Instant start = from == null
                ? LocalDate.now(zone).atStartOfDay(zone).toInstant()
                : ShopTimes.dayOrTime(from, zone, "from");
        Instant end = to == null ? start.plus(Duration.ofDays(1)) : ShopTimes.dayOrTime(to, zone, "to");
        var page = appointments.list(actor, locationId, start, end, paging.limit(), paging.cursor());
        return paging.answer(page, booking -> AppointmentViews.of(booking, zone));
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.APPOINTMENTS_READ)
    AppointmentViews.BookingView get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        Booking booking =
                appointments.find(actor, new AppointmentId(id)).orElseThrow(() -> new NotFoundException("Appointment"));
        return AppointmentViews.of(
                booking, zones.of(actor, booking.appointment().locationId()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permission.APPOINTMENTS_WRITE)
    AppointmentViews.BookingView book(@AuthenticationPrincipal Actor actor, @Valid @RequestBody BookBody body) {
        ZoneId zone = zones.of(actor, body.locationId());
        Instant starts = ShopTimes.parse(body.startsAt(), zone, "startsAt");
        Instant ends = end(starts, body.endsAt(), body.durationMinutes(), zone);
        if (ends == null) {
            throw new InvalidInputException("endsAt", "give endsAt or durationMinutes");
        }
        Booking booking = appointments.book(
                actor,
                new AppointmentDetails(
                        body.locationId(),
                        body.bayId() == null ? null : new BayId(body.bayId()),
                        body.technicianId(),
                        body.customerId(),
                        body.vehicleId(),
                        starts,
                        ends,
                        body.requestedServices(),
                        body.notes()));
        return AppointmentViews.of(booking, zone);
    }

    @PatchMapping("/{id}")
    @RequiresPermission(Permission.APPOINTMENTS_WRITE)
    AppointmentViews.BookingView change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @RequestBody ChangeBody body,
            MergePatch patch,
            ExpectedVersion expected) {
        patch.clearable("bayId", "technicianId", "requestedServices", "notes");
        Appointment current = appointments
                .find(actor, new AppointmentId(id))
                .orElseThrow(() -> new NotFoundException("Appointment"))
                .appointment();
        ZoneId zone = zones.of(actor, current.locationId());
        Instant starts = body.startsAt() == null ? null : ShopTimes.parse(body.startsAt(), zone, "startsAt");
        Instant ends = end(starts == null ? current.startsAt() : starts, body.endsAt(), body.durationMinutes(), zone);
        if (ends == null && starts != null) {
            ends = starts.plus(Duration.between(current.startsAt(), current.endsAt()));
        }
        Booking booking = appointments.change(
                actor,
                new AppointmentId(id),
                new AppointmentDetails(
                        null,
                        body.bayId() == null ? null : new BayId(body.bayId()),
                        body.technicianId(),
                        body.customerId(),
                        body.vehicleId(),
                        starts,
                        ends,
                        body.requestedServices(),
                        body.notes()),
                patch.clears("bayId"),
                patch.clears("technicianId"),
                expected.value());
        return AppointmentViews.of(booking, zone);
    }

    @PostMapping("/{id}/cancellation")
    @RequiresPermission(Permission.APPOINTMENTS_WRITE)
    AppointmentViews.BookingView cancel(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @RequestBody CancelBody body,
            ExpectedVersion expected) {
        Appointment cancelled = appointments.cancel(actor, new AppointmentId(id), body.reason(), expected.value());
        return AppointmentViews.of(new Booking(cancelled, List.of()), zones.of(actor, cancelled.locationId()));
    }

    @PostMapping("/{id}/check-in")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permission.APPOINTMENTS_WRITE)
    RepairOrderViews.RepairOrderView checkIn(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @RequestBody CheckInBody body,
            ExpectedVersion expected) {
        ZoneId zone = body.promisedAt() == null
                        || ShopTimes.absolute(body.promisedAt().strip())
                ? java.time.ZoneOffset.UTC
                : zones.of(
                        actor,
                        appointments
                                .find(actor, new AppointmentId(id))
                                .orElseThrow(() -> new NotFoundException("Appointment"))
                                .appointment()
                                .locationId());
        var order = appointments.checkIn(
                actor,
                new AppointmentId(id),
                new Appointments.CheckIn(
                        body.vehicleId(),
                        body.odometerIn(),
                        body.concern(),
                        ShopTimes.parse(body.promisedAt(), zone, "promisedAt"),
                        Boolean.TRUE.equals(body.confirmLowerOdometer())),
                expected.value());
        return RepairOrderViews.of(order, actor, zones.of(actor, order.visit().locationId()));
    }

    @GetMapping("/resources")
    @RequiresPermission(Permission.APPOINTMENTS_READ)
    PageView<AppointmentViews.ResourceView> resources(
            @AuthenticationPrincipal Actor actor, @RequestParam @NotNull UUID locationId, Paging paging) {
        return paging.slice(AppointmentViews.of(appointments.resources(actor, locationId)), resource -> resource);
    }

    private static Instant end(Instant starts, String endsAt, Integer minutes, ZoneId zone) {
        if (endsAt != null && !endsAt.isBlank()) {
            return ShopTimes.parse(endsAt, zone, "endsAt");
        }
        return minutes == null || starts == null ? null : starts.plus(Duration.ofMinutes(minutes));
    }
}
