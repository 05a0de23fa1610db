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

/** The job board: a location's open orders by status, filtered by advisor or technician, with each card's moves. */
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
    void openOrdersAreGroupedByStatusAndCancelledOnesAreGone() {
        JsonNode board = ok(shop.advisor().get(board("")));

        assertThat(StreamSupport.stream(board.get("columns").spliterator(), false)
                        .map(column -> column.get("status").asString()))
                .containsExactly("ESTIMATE", "AWAITING_APPROVAL", "APPROVED", "IN_PROGRESS", "ON_HOLD", "READY");
        assertThat(ids(cards(board, "IN_PROGRESS"))).containsExactly(id(inProgress));
        assertThat(ids(cards(board, "ESTIMATE"))).contains(id(estimate)).hasSize(2);
        assertThat(board.toString()).doesNotContain(id(cancelled));
        JsonNode card = cards(board, "IN_PROGRESS").get(0);
        assertThat(card.get("technicians").findValuesAsString("name")).containsExactly("technician of Board Garage");
        assertThat(card.get("serviceAdvisor").get("name").asString()).isEqualTo("service-advisor of Board Garage");
        assertThat(card.get("total").asString()).isEqualTo("272.42");
        assertThat(card.get("moves").toString()).contains("ON_HOLD", "READY", "CANCELLED");
    }

    @Test
    void theBoardFiltersByTechnicianAndShowsATechnicianNoMoneyButTheirMoves() {
        JsonNode mine = ok(shop.as(Role.TECHNICIAN).get(board("&technicianId=" + shop.user(Role.TECHNICIAN))));

        List<String> ids = StreamSupport.stream(mine.get("columns").spliterator(), false)
                .flatMap(column -> StreamSupport.stream(column.get("cards").spliterator(), false))
                .map(card -> card.get("id").asString())
                .toList();
        assertThat(ids).contains(id(inProgress), id(estimate)).doesNotContain(id(cancelled));
        JsonNode card = cards(mine, "IN_PROGRESS").get(0);
        assertThat(card.get("total").isNull()).isTrue();
        assertThat(card.get("moves").toString()).contains("ON_HOLD", "READY").doesNotContain("CANCELLED");
    }

    @Test
    void theBoardFiltersByAdvisor() {
        JsonNode nobodys = ok(shop.advisor().get(board("&serviceAdvisorId=" + shop.user(Role.OWNER))));

        assertThat(nobodys.get("columns").findValues("cards"))
                .allSatisfy(cards -> assertThat(cards).isEmpty());
    }

    private static List<String> ids(JsonNode cards) {
        return StreamSupport.stream(cards.spliterator(), false)
                .map(card -> card.get("id").asString())
                .toList();
    }

    private static JsonNode cards(JsonNode board, String status) {
        return StreamSupport.stream(board.get("columns").spliterator(), false)
                .filter(column -> column.get("status").asString().equals(status))
                .findFirst()
                .orElseThrow()
                .get("cards");
    }
}
