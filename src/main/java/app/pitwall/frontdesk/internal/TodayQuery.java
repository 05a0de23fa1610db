package app.pitwall.frontdesk.internal;

import app.pitwall.access.Actor;
import app.pitwall.appointments.Appointment;
import app.pitwall.appointments.Appointments;
import app.pitwall.appointments.Booking;
import app.pitwall.frontdesk.Today;
import app.pitwall.repairorders.AnsweredEstimates;
import app.pitwall.repairorders.Board;
import app.pitwall.repairorders.JobBoard;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.tenancy.ActorLocations;
import app.pitwall.tenancy.Location;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a location's {@link Today} through the calendar's, the job board's and the answers' public interfaces (each
 * scoped to the actor's tenant and locations), and keeps each user's "seen" mark for the answers.
 */
@Service
public class TodayQuery {

    /** How far back answers are listed for someone who never marked any as seen. */
    static final Duration FIRST_LOOK = Duration.ofDays(7);

    private static final int MOST_APPOINTMENTS = 100;
    private static final int MOST_ANSWERS = 20;
    private static final Set<RepairOrder.Status> WAITING =
            EnumSet.of(RepairOrder.Status.AWAITING_APPROVAL, RepairOrder.Status.ON_HOLD);

    private final ActorLocations locations;
    private final Appointments appointments;
    private final JobBoard board;
    private final AnsweredEstimates answers;
    private final LastLooks looks;
    private final Clock clock;

    TodayQuery(
            ActorLocations locations,
            Appointments appointments,
            JobBoard board,
            AnsweredEstimates answers,
            LastLooks looks,
            Clock clock) {
        this.locations = locations;
        this.appointments = appointments;
        this.board = board;
        this.answers = answers;
        this.looks = looks;
        this.clock = clock;
    }

    /** The day of the location named (the actor's first without one); another's location is "not found". */
    @Transactional(readOnly = true)
    public Today of(Actor actor, String location) {
        Location shop = locations.chosen(actor, location);
        UUID id = shop.id().value();
        ZoneId zone = shop.timeZone();
        Instant now = clock.instant();
        LocalDate date = LocalDate.ofInstant(now, zone);
        Instant dayStarts = date.atStartOfDay(zone).toInstant();
        Instant dayEnds = date.plusDays(1).atStartOfDay(zone).toInstant();

        List<Appointment> booked =
                appointments.list(actor, id, dayStarts, dayEnds, MOST_APPOINTMENTS, null).items().stream()
                        .map(Booking::appointment)
                        .filter(appointment -> appointment.status() != Appointment.Status.CANCELLED)
                        .toList();
        Board read = board.board(actor, id, null, null);
        List<Board.Card> open = read.columns().stream()
                .flatMap(column -> column.cards().stream())
                .toList();
        var lastLook = looks.of(actor, id);
        Instant since = lastLook.orElse(now.minus(FIRST_LOOK));
        return new Today(
                shop,
                date,
                now,
                booked,
                read.columns().stream()
                        .map(column -> new Today.StatusCount(
                                column.status(),
                                column.cards().size(),
                                column.cards().stream()
                                        .min(Comparator.comparing(Board.Card::inStatusSince))
                                        .orElse(null)))
                        .toList(),
                open.stream()
                        .filter(card -> !card.overdue()
                                && card.promisedAt() != null
                                && !card.promisedAt().isBefore(dayStarts)
                                && card.promisedAt().isBefore(dayEnds))
                        .sorted(Comparator.comparing(Board.Card::promisedAt))
                        .toList(),
                open.stream()
                        .filter(Board.Card::overdue)
                        .sorted(Comparator.comparing(Board.Card::promisedAt))
                        .toList(),
                open.stream()
                        .filter(card -> WAITING.contains(card.status()))
                        .sorted(Comparator.comparing(Board.Card::inStatusSince))
                        .toList(),
                answers.since(actor, id, since, MOST_ANSWERS),
                since,
                lastLook.isPresent());
    }

    /** Marks everything answered until now at the location as seen by the actor. */
    @Transactional
    public void markSeen(Actor actor, String location) {
        Location shop = locations.chosen(actor, location);
        looks.record(actor, shop.id().value(), clock.instant());
    }
}
