package app.pitwall.repairorders;

import static app.pitwall.support.Workshop.id;
import static app.pitwall.support.Workshop.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The job board: a location's open orders column by column, paged, filtered by advisor or technician, with each card's moves. */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobBoardTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    Workshop shop;
    JsonNode inProgress;
    JsonNode estimate;
    JsonNode cancelled;

    @BeforeAll
    void aDayInTheShop() {
        shop = Workshop.open(shops, "http://localhost:" + port, "Board Garage");
        inProgress = shop.orderIn(RepairOrder.Status.IN_PROGRESS);
        estimate = shop.orderIn(RepairOrder.Status.ESTIMATE);
        cancelled = shop.orderIn(RepairOrder.Status.CANCELLED);
        shop.openOrder(List.of(shop.filterJob()));
    }

    String board(String filter) {
        return "/api/v1/job-board?locationId=" + shop.shop.mainLocation() + filter;
    }

    @Test
    void openOrdersComeColumnByColumnAndCancelledOnesAreGone() {
        JsonNode board = ok(shop.advisor().get(board("")));

        List<String> columns = List.of("ESTIMATE", "AWAITING_APPROVAL", "APPROVED", "IN_PROGRESS", "ON_HOLD", "READY");
        List<Integer> order = StreamSupport.stream(board.get("items").spliterator(), false)
                .map(card -> columns.indexOf(card.get("status").asString()))
                .toList();
        assertThat(order).doesNotContain(-1).isSorted();
        assertThat(board.get("nextCursor").isNull()).isTrue();
        assertThat(ids(cards(board, "IN_PROGRESS"))).containsExactly(id(inProgress));
        assertThat(ids(cards(board, "ESTIMATE"))).contains(id(estimate)).hasSize(2);
        assertThat(board.toString()).doesNotContain(id(cancelled));
        JsonNode card = cards(board, "IN_PROGRESS").get(0);
        assertThat(card.get("technicians").findValuesAsString("name")).containsExactly("technician of Board Garage");
        assertThat(card.get("serviceAdvisor").get("name").asString()).isEqualTo("service-advisor of Board Garage");
        assertThat(card.get("total").asString()).isEqualTo("272.42");
        assertThat(card.get("timeZone").asString()).isNotBlank();
        assertThat(card.get("moves").toString()).contains("ON_HOLD", "READY", "CANCELLED");
    }

    @Test
    void theBoardIsPagedAndItsPagesTogetherHoldEveryCardOnce() {
        List<String> whole = ids(ok(shop.advisor().get(board(""))).get("items"));
        List<String> paged = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = ok(shop.advisor().get(board("&limit=1" + (cursor == null ? "" : "&cursor=" + cursor))));
            assertThat(page.get("items")).hasSize(1);
            paged.addAll(ids(page.get("items")));
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asString();
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(whole).hasSize(3);
        assertThat(paged).containsExactlyElementsOf(whole);
        assertThat(shop.advisor().get(board("&limit=0")).status()).isEqualTo(400);
    }

    @Test
    void theBoardFiltersByTechnicianAndShowsATechnicianNoMoneyButTheirMoves() {
        JsonNode mine = ok(shop.as(Role.TECHNICIAN).get(board("&technicianId=" + shop.user(Role.TECHNICIAN))));

        List<String> ids = ids(mine.get("items"));
        assertThat(ids).contains(id(inProgress), id(estimate)).doesNotContain(id(cancelled));
        JsonNode card = cards(mine, "IN_PROGRESS").get(0);
        assertThat(card.get("total").isNull()).isTrue();
        assertThat(card.get("moves").toString()).contains("ON_HOLD", "READY").doesNotContain("CANCELLED");
    }

    @Test
    void theBoardFiltersByAdvisor() {
        JsonNode nobodys = ok(shop.advisor().get(board("&serviceAdvisorId=" + shop.user(Role.OWNER))));

        assertThat(nobodys.get("items")).isEmpty();
    }

    private static List<String> ids(Iterable<JsonNode> cards) {
        return StreamSupport.stream(cards.spliterator(), false)
                .map(card -> card.get("id").asString())
                .toList();
    }

    private static List<JsonNode> cards(JsonNode board, String status) {
        return StreamSupport.stream(board.get("items").spliterator(), false)
                .filter(card -> card.get("status").asString().equals(status))
                .toList();
    }
}
