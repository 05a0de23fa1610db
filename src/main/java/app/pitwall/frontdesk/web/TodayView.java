package app.pitwall.frontdesk.web;

import app.pitwall.appointments.Appointment;
import app.pitwall.frontdesk.Today;
import app.pitwall.platform.web.ShopClock;
import app.pitwall.repairorders.AnsweredEstimates.AnsweredEstimate;
import app.pitwall.repairorders.Board;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The Today page as the template shows it: every time on the location's clock, every item with the address it links
 * to, every wait as a short duration ({@code 3 h}, {@code 2 d}).
 */
record TodayView(
        String locationName,
        String date,
        String readAt,
        String zone,
        String boardHref,
        List<Visit> appointments,
        long arrived,
        List<StatusRow> statuses,
        int open,
        List<OrderRow> promisedToday,
        List<OrderRow> late,
        List<OrderRow> waiting,
        List<Answer> answered,
        String answeredSince,
        boolean lookedBefore) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /** One of today's appointments; {@code href} is the repair order once the customer arrived. */
    record Visit(String time, String customer, String vehicle, boolean arrived, String href) {}

    /** The open orders in one status, with the one waiting longest there. */
    record StatusRow(String status, int count, String href, OrderRow oldest) {}

    /** An open order as the page lists it. */
    record OrderRow(
            long number,
            String href,
            String customer,
            String vehicle,
            String status,
            String reason,
            String promised,
            String waited) {}

    /** An order whose customer answered; {@code method} is {@code link} or {@code staff}. */
    record Answer(
            long number,
            String href,
            String customer,
            String vehicle,
            int approved,
            int declined,
            String method,
            String at) {}

    static TodayView of(Today today) {
        ZoneId zone = today.location().timeZone();
        Instant now = today.at();
        String board = "/job-board?locationId=" + today.location().id().value();
        return new TodayView(
                today.location().name(),
                DAY.format(today.date()),
                ShopClock.shown(now, zone),
                zone.getId(),
                board,
                today.appointments().stream().map(a -> visit(a, zone)).toList(),
                today.arrived(),
                today.statuses().stream()
                        .map(count -> new StatusRow(
                                count.status().name(),
                                count.count(),
                                board + "#jb-heading-" + count.status().name(),
                                count.oldest() == null ? null : order(count.oldest(), zone, now)))
                        .toList(),
                today.statuses().stream().mapToInt(Today.StatusCount::count).sum(),
                orders(today.promisedToday(), zone, now),
                orders(today.late(), zone, now),
                orders(today.waiting(), zone, now),
                today.answered().stream().map(a -> answer(a, zone)).toList(),
                ShopClock.shown(today.answeredSince(), zone),
                today.lookedBefore());
    }

    private static Visit visit(Appointment appointment, ZoneId zone) {
        boolean arrived = appointment.status() == Appointment.Status.CHECKED_IN;
        return new Visit(
                TIME.format(appointment.startsAt().atZone(zone)),
                appointment.customerName(),
                appointment.vehicleLabel(),
                arrived,
                arrived && appointment.repairOrderId() != null
                        ? "/repair-orders/" + appointment.repairOrderId().value()
                        : "/appointments/" + appointment.id().value());
    }

    private static List<OrderRow> orders(List<Board.Card> cards, ZoneId zone, Instant now) {
        return cards.stream().map(card -> order(card, zone, now)).toList();
    }

    private static OrderRow order(Board.Card card, ZoneId zone, Instant now) {
        return new OrderRow(
                card.number(),
                "/repair-orders/" + card.id().value(),
                card.customerName(),
                card.vehicleLabel(),
                card.status().name(),
                card.statusReason(),
                ShopClock.shown(card.promisedAt(), zone),
                waited(Duration.between(card.inStatusSince(), now)));
    }

    private static Answer answer(AnsweredEstimate answer, ZoneId zone) {
        return new Answer(
                answer.number(),
                "/repair-orders/" + answer.order().value(),
                answer.customerName(),
                answer.vehicleLabel(),
                answer.approved(),
                answer.declined(),
                answer.throughLink() ? "link" : "staff",
                ShopClock.shown(answer.answeredAt(), zone));
    }

    /** A wait in its largest whole unit: minutes under an hour, hours under a day, then days. */
    static String waited(Duration waited) {
        Duration positive = waited.isNegative() ? Duration.ZERO : waited;
        if (positive.toDays() > 0) {
            return positive.toDays() + " d";
        }
        if (positive.toHours() > 0) {
            return positive.toHours() + " h";
        }
        return positive.toMinutes() + " min";
    }
}
