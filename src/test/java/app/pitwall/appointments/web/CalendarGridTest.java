package app.pitwall.appointments.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The day view keeps a lane taken for as long as an appointment runs, not only in the hour it starts. */
class CalendarGridTest {

    private final UUID bay = UUID.randomUUID();
    private final List<CalendarGrid.Lane> lanes =
            List.of(new CalendarGrid.Lane("bay-1", "Lift 1", "bay", "calendar.lane.bay", bay, null));

    @Test
    void anAppointmentShowsInItsFirstHourAndContinuesThroughEveryHourItRunsInto() {
        CalendarCard brakes = card("2026-03-02T09:30", "2026-03-02T11:30");
        CalendarCard oil = card("2026-03-02T13:00", "2026-03-02T14:00");

        List<CalendarGrid.HourRow> rows = CalendarGrid.day(lanes, List.of(brakes, oil));

        assertThat(cell(rows, 9).cards()).containsExactly(brakes);
        assertThat(cell(rows, 9).continuing()).isEmpty();
        assertThat(cell(rows, 10).continuing()).containsExactly(brakes);
        assertThat(cell(rows, 11).continuing()).containsExactly(brakes);
        assertThat(cell(rows, 12).continuing()).isEmpty();
        assertThat(cell(rows, 13).cards()).containsExactly(oil);
        assertThat(cell(rows, 14).cards()).isEmpty();
        assertThat(cell(rows, 14).continuing()).as("ends on the hour").isEmpty();
    }

    @Test
    void theDayWidensToTheLastHourAnAppointmentRunsIntoAndStopsAtMidnight() {
        CalendarCard late = card("2026-03-02T17:30", "2026-03-02T20:15");
        CalendarCard overnight = card("2026-03-02T22:00", "2026-03-03T02:00");

        List<CalendarGrid.HourRow> rows = CalendarGrid.day(lanes, List.of(late, overnight));

        assertThat(rows.get(0).hour()).isEqualTo(7);
        assertThat(rows.get(rows.size() - 1).hour()).isEqualTo(23);
        assertThat(cell(rows, 20).continuing()).containsExactly(late);
        assertThat(cell(rows, 23).continuing()).containsExactly(overnight);
        assertThat(CalendarGrid.lastHour(late)).isEqualTo(20);
    }

    private static CalendarGrid.Cell cell(List<CalendarGrid.HourRow> rows, int hour) {
        return rows.stream()
                .filter(row -> row.hour() == hour)
                .findFirst()
                .orElseThrow()
                .cells()
                .get(0);
    }

    private CalendarCard card(String start, String end) {
        return new CalendarCard(
                UUID.randomUUID(),
                LocalDateTime.parse(start),
                LocalDateTime.parse(end),
                start.substring(11) + "–" + end.substring(11),
                "",
                "Diaz, Rosa",
                "",
                "",
                "SCHEDULED",
                false,
                bay,
                null);
    }
}
