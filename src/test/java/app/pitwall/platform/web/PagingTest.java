package app.pitwall.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pitwall.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTest {

    private static final List<Integer> HUNDRED_AND_ONE =
            IntStream.rangeClosed(1, 101).boxed().toList();

    @Test
    void aLimitOutsideOneToAHundredIsBadInputNamingTheLimit() {
        for (int limit : new int[] {0, -1, 101}) {
            assertThatThrownBy(() -> new Paging(limit, null))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            refused -> assertThat(refused.fields()).containsKey("limit"));
        }
    }

    @Test
    void aHeldListIsWalkedPageByPageWithoutGapsOrRepeats() {
        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            PageView<Integer> page = new Paging(40, cursor).slice(HUNDRED_AND_ONE, n -> n);
            seen.addAll(page.items());
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(seen).isEqualTo(HUNDRED_AND_ONE);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void theDefaultPageHoldsTwentyFiveAndTheLastPageHasNoCursor() {
        PageView<Integer> first = Paging.first().slice(HUNDRED_AND_ONE, n -> n);
        PageView<Integer> whole = new Paging(100, null).slice(List.of(1, 2), n -> n * 10);

        assertThat(first.items()).hasSize(25);
        assertThat(first.nextCursor()).isNotNull();
        assertThat(whole.items()).containsExactly(10, 20);
        assertThat(whole.nextCursor()).isNull();
    }

    @Test
    void aCursorThisServiceDidNotIssueIsBadInput() {
        for (String forged : new String[] {"not-base64!", "YXQ6LTE", "eHl6", "x".repeat(501)}) {
            assertThatThrownBy(() -> new Paging(10, forged).slice(HUNDRED_AND_ONE, n -> n))
                    .as(forged)
                    .isInstanceOf(InvalidInputException.class);
        }
    }
}
