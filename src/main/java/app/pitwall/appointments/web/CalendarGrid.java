package app.pitwall.appointments.web;

import app.pitwall.appointments.Appointments;
import app.pitwall.identity.StaffDirectory;
import app.pitwall.shopsetup.Bay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A location's calendar laid out by resource: a lane for each bay and each technician (an appointment with both shows
 * in both, which is how a double booking becomes visible) and one for appointments that have neither yet. The day view
 * crosses lanes with the hours of the day, the week view with its days.
 */
final class CalendarGrid {

    private static final int FIRST_HOUR = 7;
    private static final int LAST_HOUR = 18;

    private CalendarGrid() {}

    /** A resource column (day view) or row (week view). */
    /**
     * A lane of the calendar.
     *
     * @param kindLabel the message key of what the lane is: a bay, the staff member's role (an owner or advisor who
     *     works on cars is labelled by their own role, not "Technician"), or the lane of what has no place
     */
    record Lane(String key, String name, String kind, String kindLabel, UUID bayId, UUID technicianId) {}

    /**
     * What one lane holds in one hour or on one day: the appointments that start there, and (day view) those that
     * started in an earlier hour and still run, which keep the lane visibly taken.
     */
    record Cell(Lane lane, List<CalendarCard> cards, List<CalendarCard> continuing) {

        Cell(Lane lane, List<CalendarCard> cards) {
            this(lane, cards, List.of());
        }
    }

    /** A row of the day view: an hour, with a cell per lane. */
    record HourRow(int hour, String label, List<Cell> cells) {}

    /** A row of the week view: a lane, with a cell per day. */
    record LaneRow(Lane lane, List<Cell> cells) {}

    static List<Lane> lanes(Appointments.Resources resources, List<CalendarCard> cards, String unassigned) {
        List<Lane> lanes = new ArrayList<>();
        for (Bay bay : resources.bays()) {
            lanes.add(new Lane(
                    "bay-" + bay.id().value(),
                    bay.name(),
                    "bay",
                    "calendar.lane.bay",
                    bay.id().value(),
                    null));
        }
        for (StaffDirectory.StaffMember technician : resources.technicians()) {
            lanes.add(new Lane(
                    "technician-" + technician.id(),
                    technician.name(),
                    "technician",
                    "role." + technician.role().code(),
                    null,
                    technician.id()));
        }
        if (lanes.isEmpty()
                || cards.stream().anyMatch(card -> placed(card, lanes).isEmpty())) {
            lanes.add(new Lane("unassigned", unassigned, "unassigned", "calendar.lane.unassigned", null, null));
        }
        return lanes;
    }

    /**
     * The day view: hours from 07:00 to 18:00, widened to show every appointment of the day. An appointment shows
     * in full in the hour it starts and as continuing in every later hour it runs into (until midnight).
     */
    static List<HourRow> day(List<Lane> lanes, List<CalendarCard> cards) {
        int first = FIRST_HOUR;
        int last = LAST_HOUR;
        for (CalendarCard card : cards) {
            first = Math.min(first, card.startsAt().getHour());
            last = Math.max(last, lastHour(card));
        }
        Map<Lane, Map<Integer, List<CalendarCard>>> starting = new LinkedHashMap<>();
        Map<Lane, Map<Integer, List<CalendarCard>>> continuing = new LinkedHashMap<>();
        for (CalendarCard card : cards) {
            for (Lane lane : placed(card, lanes)) {
                starting.computeIfAbsent(lane, k -> new LinkedHashMap<>())
                        .computeIfAbsent(card.startsAt().getHour(), k -> new ArrayList<>())
                        .add(card);
                for (int hour = card.startsAt().getHour() + 1; hour <= lastHour(card); hour++) {
                    continuing
                            .computeIfAbsent(lane, k -> new LinkedHashMap<>())
                            .computeIfAbsent(hour, k -> new ArrayList<>())
                            .add(card);
                }
            }
        }
        List<HourRow> rows = new ArrayList<>();
        for (int hour = first; hour <= last; hour++) {
            int at = hour;
            List<Cell> cells = lanes.stream()
                    .map(lane -> new Cell(
                            lane,
                            starting.getOrDefault(lane, Map.of()).getOrDefault(at, List.of()),
                            continuing.getOrDefault(lane, Map.of()).getOrDefault(at, List.of())))
                    .toList();
            rows.add(new HourRow(hour, String.format("%02d:00", hour), cells));
        }
        return rows;
    }

    /** The last hour of its start day an appointment runs into: 11 for 09:30 to 11:30, 10 for 09:30 to 11:00. */
    static int lastHour(CalendarCard card) {
        if (!card.endsAt().toLocalDate().equals(card.startsAt().toLocalDate())) {
            return 23;
        }
        int hour = card.endsAt().getHour();
        boolean onTheHour = card.endsAt().getMinute() == 0 && card.endsAt().getSecond() == 0;
        return Math.max(card.startsAt().getHour(), onTheHour ? hour - 1 : hour);
    }

    /** The week view: a row per lane, a cell per day. */
    static List<LaneRow> week(List<Lane> lanes, List<CalendarCard> cards, List<LocalDate> days) {
        List<LaneRow> rows = new ArrayList<>();
        for (Lane lane : lanes) {
            List<Cell> cells = new ArrayList<>();
            for (LocalDate day : days) {
                cells.add(new Cell(
                        lane,
                        cards.stream()
                                .filter(card -> card.startsAt().toLocalDate().equals(day))
                                .filter(card -> placed(card, lanes).contains(lane))
                                .toList()));
            }
            rows.add(new LaneRow(lane, cells));
        }
        return rows;
    }

    /** The lanes a card shows in: its bay's and its technician's, else the unassigned one. */
    static List<Lane> placed(CalendarCard card, List<Lane> lanes) {
        List<Lane> found = lanes.stream()
                .filter(lane -> (lane.bayId() != null && lane.bayId().equals(card.bayId()))
                        || (lane.technicianId() != null && lane.technicianId().equals(card.technicianId())))
                .toList();
        if (!found.isEmpty()) {
            return found;
        }
        return lanes.stream().filter(lane -> lane.kind().equals("unassigned")).toList();
    }
}
