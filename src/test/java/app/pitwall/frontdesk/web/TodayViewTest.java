package app.pitwall.frontdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A wait reads in its largest whole unit, and a clock a little ahead of the database never reads as negative. */
class TodayViewTest {

    @Test
    void aWaitIsShownInItsLargestWholeUnit() {
        assertThat(TodayView.waited(Duration.ofSeconds(59))).isEqualTo("0 min");
        assertThat(TodayView.waited(Duration.ofMinutes(59))).isEqualTo("59 min");
        assertThat(TodayView.waited(Duration.ofMinutes(61))).isEqualTo("1 h");
        assertThat(TodayView.waited(Duration.ofHours(23).plusMinutes(59))).isEqualTo("23 h");
        assertThat(TodayView.waited(Duration.ofDays(3).plusHours(5))).isEqualTo("3 d");
        assertThat(TodayView.waited(Duration.ofSeconds(-5))).isEqualTo("0 min");
    }
}
