package app.pitwall.repairorders.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.web.PageView;
import app.pitwall.platform.web.Paging;
import app.pitwall.platform.web.ShopTimes;
import app.pitwall.repairorders.Board;
import app.pitwall.repairorders.JobBoard;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.api.MoneyText;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/job-board}: a location's open repair orders as cards, column by column in the board's order of
 * statuses (each card names its {@code status}), filtered by advisor or technician, with the moves each card allows
 * the caller; paged like every list. Money only for staff who see it.
 */
@RestController
@Validated
class JobBoardApi {

    private final JobBoard board;

    JobBoardApi(JobBoard board) {
        this.board = board;
    }

    /** A card of the board, with the column ({@code status}) it stands in and the location's time zone. */
    record CardView(
            UUID id,
            long number,
            RepairOrder.Status status,
            String statusReason,
            String customerName,
            String vehicleLabel,
            Board.Person serviceAdvisor,
            List<Board.Person> technicians,
            Instant promisedAt,
            LocalDateTime promisedAtLocal,
            String timeZone,
            boolean overdue,
            int jobCount,
            int jobsDone,
            String total,
            String currency,
            List<RepairOrder.Status> moves,
            int version) {}

    @GetMapping("/api/v1/job-board")
    @RequiresPermission(Permission.REPAIR_ORDERS_READ)
    PageView<CardView> board(
            @AuthenticationPrincipal Actor actor,
            @RequestParam @NotNull UUID locationId,
            @RequestParam(required = false) UUID serviceAdvisorId,
            @RequestParam(required = false) UUID technicianId,
            Paging paging) {
        Board read = board.board(actor, locationId, serviceAdvisorId, technicianId);
        ZoneId zone = ZoneId.of(read.timeZone());
        List<Board.Card> cards = read.columns().stream()
                .flatMap(column -> column.cards().stream())
                .toList();
        return paging.slice(cards, card -> view(card, zone));
    }

    private static CardView view(Board.Card card, ZoneId zone) {
        return new CardView(
                card.id().value(),
                card.number(),
                card.status(),
                card.statusReason(),
                card.customerName(),
                card.vehicleLabel(),
                card.serviceAdvisor(),
                card.technicians(),
                card.promisedAt(),
                ShopTimes.local(card.promisedAt(), zone),
                zone.getId(),
                card.overdue(),
                card.jobCount(),
                card.jobsDone(),
                MoneyText.text(card.total()),
                card.currency(),
                card.moves(),
                card.version());
    }
}
