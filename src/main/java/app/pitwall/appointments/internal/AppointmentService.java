package app.pitwall.appointments.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.Scope;
import app.pitwall.appointments.Appointment;
import app.pitwall.appointments.AppointmentDetails;
import app.pitwall.appointments.AppointmentEvents;
import app.pitwall.appointments.AppointmentId;
import app.pitwall.appointments.Appointments;
import app.pitwall.appointments.Booking;
import app.pitwall.customers.Customer;
import app.pitwall.customers.Vehicle;
import app.pitwall.customers.Visitors;
import app.pitwall.identity.Staffing;
import app.pitwall.platform.Cursor;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.Page;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.shopsetup.Bay;
import app.pitwall.shopsetup.BayId;
import app.pitwall.shopsetup.ShopReference;
import app.pitwall.tenancy.ActorLocations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar for one actor: bookings checked like repair orders are (location, customer, vehicle, bay,
 * technician), double bookings answered as warnings, changes only while an appointment is booked, and check-in
 * opening the repair order in the same transaction.
 */
@Service
@Transactional
class AppointmentService implements Appointments {

    static final Duration LONGEST = Duration.ofHours(24);
    static final Duration WIDEST_QUERY = Duration.ofDays(42);

    private final AppointmentRows rows;
    private final ShopReference setup;
    private final ActorLocations locations;
    private final Visitors visitors;
    private final Staffing staffing;
    private final CheckIns checkIns;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AppointmentService(
            AppointmentRows rows,
            ShopReference setup,
            ActorLocations locations,
            Visitors visitors,
            Staffing staffing,
            CheckIns checkIns,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rows = rows;
        this.setup = setup;
        this.locations = locations;
        this.visitors = visitors;
        this.staffing = staffing;
        this.checkIns = checkIns;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Booking> list(Actor actor, UUID locationId, Instant from, Instant to, int limit, String cursor) {
        UUID location = locations.visible(actor, locationId).id().value();
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(WIDEST_QUERY) > 0) {
            throw new InvalidInputException("to", "must be after from, at most 42 days later");
        }
        Page<Appointment> page = Cursor.page(
                rows.list(Scope.of(actor), location, from, to, limit + 1, Cursor.decode(cursor)),
                limit,
                last -> new Cursor(last.startsAt().toString(), last.id().value()));
        return new Page<>(bookings(actor, page.items()), page.nextCursor());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Booking> find(Actor actor, AppointmentId id) {
        return rows.find(Scope.of(actor), id, false)
                .map(found -> bookings(actor, List.of(found)).get(0));
    }

    @Override
    public Booking book(Actor actor, AppointmentDetails details) {
        UUID location =
                locations.named(actor, details.locationId(), "locationId").id().value();
        Customer customer = visitors.customer(actor, details.customerId());
        Vehicle vehicle = visitors.vehicle(actor, customer, details.vehicleId(), false);
        Instant now = clock.instant();
        Appointment appointment = checked(
                actor,
                new Appointment(
                        AppointmentId.random(),
                        location,
                        details.bayId(),
                        details.technicianId(),
                        customer.id().value(),
                        vehicle == null ? null : vehicle.id().value(),
                        customer.displayName(),
                        vehicle == null ? null : vehicle.label(),
                        required(details.startsAt(), "startsAt"),
                        required(details.endsAt(), "endsAt"),
                        services(details.requestedServices()),
                        AppointmentFields.notes(details.notes()),
                        Appointment.Status.BOOKED,
                        null,
                        null,
                        now,
                        now,
                        0));
        rows.insert(actor.tenantId(), appointment);
        events.publishEvent(new AppointmentEvents.AppointmentBooked(
                actor.tenantId(),
                appointment.id(),
                actor.userId(),
                AppointmentEvents.Placing.of(appointment),
                AppointmentEvents.Visit.of(appointment)));
        return bookings(actor, List.of(appointment)).get(0);
    }

    @Override
    public Booking change(
            Actor actor,
            AppointmentId id,
            AppointmentDetails changes,
            boolean clearBay,
            boolean clearTechnician,
            Integer expectedVersion) {
        Appointment current = BookedAppointments.booked(rows, actor, id, expectedVersion);
        if (changes.locationId() != null && !changes.locationId().equals(current.locationId())) {
            throw new InvalidInputException("locationId", "an appointment stays at its location; cancel and book anew");
        }
        Customer customer =
                visitors.customer(actor, changes.customerId() != null ? changes.customerId() : current.customerId());
        UUID vehicleId = changes.vehicleId() != null
                ? changes.vehicleId()
                : customer.id().value().equals(current.customerId()) ? current.vehicleId() : null;
        Vehicle vehicle = visitors.vehicle(actor, customer, vehicleId, false);
        Appointment changed = checked(
                actor,
                new Appointment(
                        id,
                        current.locationId(),
                        clearBay ? null : changes.bayId() != null ? changes.bayId() : current.bayId(),
                        clearTechnician
                                ? null
                                : changes.technicianId() != null ? changes.technicianId() : current.technicianId(),
                        customer.id().value(),
                        vehicle == null ? null : vehicle.id().value(),
                        customer.displayName(),
                        vehicle == null ? null : vehicle.label(),
                        changes.startsAt() != null ? changes.startsAt() : current.startsAt(),
                        changes.endsAt() != null ? changes.endsAt() : current.endsAt(),
                        changes.requestedServices() != null
                                ? services(changes.requestedServices())
                                : current.requestedServices(),
                        changes.notes() != null ? AppointmentFields.notes(changes.notes()) : current.notes(),
                        current.status(),
                        null,
                        null,
                        current.createdAt(),
                        clock.instant(),
                        current.version() + 1));
        rows.update(actor.tenantId(), changed);
        AppointmentEvents.Placing placedBefore = AppointmentEvents.Placing.of(current);
        AppointmentEvents.Placing placedNow = AppointmentEvents.Placing.of(changed);
        if (!placedBefore.equals(placedNow)) {
            events.publishEvent(new AppointmentEvents.AppointmentMoved(
                    actor.tenantId(), id, actor.userId(), placedBefore, placedNow));
        }
        AppointmentEvents.Visit visitBefore = AppointmentEvents.Visit.of(current);
        AppointmentEvents.Visit visitNow = AppointmentEvents.Visit.of(changed);
        if (!visitBefore.equals(visitNow)) {
            events.publishEvent(new AppointmentEvents.AppointmentChanged(
                    actor.tenantId(), id, actor.userId(), visitBefore, visitNow));
        }
        return bookings(actor, List.of(changed)).get(0);
    }

    @Override
    public Appointment cancel(Actor actor, AppointmentId id, String reason, Integer expectedVersion) {
        Appointment current = BookedAppointments.booked(rows, actor, id, expectedVersion);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "required");
        }
        Appointment cancelled = AppointmentFields.with(
                current,
                Appointment.Status.CANCELLED,
                AppointmentFields.notes(reason),
                null,
                current.vehicleId(),
                null,
                clock.instant());
        rows.update(actor.tenantId(), cancelled);
        events.publishEvent(new AppointmentEvents.AppointmentCancelled(
                actor.tenantId(), id, actor.userId(), cancelled.cancelReason()));
        return cancelled;
    }

    /** Opens the order at the appointment; see {@link CheckIns}. */
    @Override
    public RepairOrder checkIn(Actor actor, AppointmentId id, CheckIn checkIn, Integer expectedVersion) {
        return checkIns.checkIn(actor, id, checkIn, expectedVersion);
    }

    @Override
    @Transactional(readOnly = true)
    public Resources resources(Actor actor, UUID locationId) {
        UUID location = locations.visible(actor, locationId).id().value();
        List<Bay> bays = setup.bays(actor.tenantId(), location).stream()
                .filter(Bay::active)
                .toList();
        return new Resources(bays, staffing.technicians(actor.tenantId(), location));
    }

    private Appointment checked(Actor actor, Appointment appointment) {
        if (!appointment.endsAt().isAfter(appointment.startsAt())) {
            throw new InvalidInputException("endsAt", "must be after startsAt");
        }
        if (Duration.between(appointment.startsAt(), appointment.endsAt()).compareTo(LONGEST) > 0) {
            throw new InvalidInputException("endsAt", "an appointment lasts at most 24 hours");
        }
        BayId bay = appointment.bayId();
        if (bay != null
                && setup.bay(actor.tenantId(), bay)
                        .filter(found -> found.locationId().equals(appointment.locationId()) && found.active())
                        .isEmpty()) {
            throw new InvalidInputException("bayId", "no such bay at this location");
        }
        if (appointment.technicianId() != null) {
            staffing.checkTechnicians(
                    actor.tenantId(), appointment.locationId(), List.of(appointment.technicianId()), "technicianId");
        }
        return appointment;
    }

    private List<Booking> bookings(Actor actor, List<Appointment> appointments) {
        Map<AppointmentId, List<Booking.DoubleBooking>> clashes = rows.clashes(
                actor.tenantId(), appointments.stream().map(Appointment::id).toList());
        return appointments.stream()
                .map(appointment ->
                        new Booking(appointment, List.copyOf(clashes.getOrDefault(appointment.id(), List.of()))))
                .toList();
    }

    private static Instant required(Instant value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "required");
        }
        return value;
    }

    private static List<String> services(List<String> services) {
        return AppointmentFields.services(services);
    }
}
