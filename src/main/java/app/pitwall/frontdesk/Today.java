package app.pitwall.frontdesk;

import app.pitwall.appointments.Appointment;
import app.pitwall.repairorders.AnsweredEstimates.AnsweredEstimate;
import app.pitwall.repairorders.Board;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.tenancy.Location;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A location's day at the front desk, as read at {@code at}: what is booked today, where the open repair orders
 * stand, what was promised for today or is late, what waits on parts or the customer, and which estimates customers
 * answered since the user last marked them seen. Times are instants; the location's zone says what they are on the
 * shop's clock.
 *
 * @param date today on the location's clock
 * @param answeredSince the user's last "mark as seen" here, or the start of the window looked at when there is none
 */
public record Today(
        Location location,
        LocalDate date,
        Instant at,
        List<Appointment> appointments,
        List<StatusCount> statuses,
        List<Board.Card> promisedToday,
        List<Board.Card> late,
        List<Board.Card> waiting,
        List<AnsweredEstimate> answered,
        Instant answeredSince,
        boolean lookedBefore) {

    /**
     * The open orders in one status.
     *
     * @param oldest the order that has waited longest in this status; null when there is none
     */
    public record StatusCount(RepairOrder.Status status, int count, Board.Card oldest) {}

    /** How many of today's appointments have arrived. */
    public long arrived() {
        return appointments.stream()
                .filter(appointment -> appointment.status() == Appointment.Status.CHECKED_IN)
                .count();
    }
}
