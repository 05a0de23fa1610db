package app.pitwall.repairorders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The job board of a location: its open repair orders in one column per status, as the shop floor screen shows
 * them.
 *
 * @param timeZone the location's time zone, for showing promised times on the shop's clock
 * @param at when the board was read
 */
public record Board(UUID locationId, String timeZone, List<Column> columns, Instant at) {

    /** The orders in one status, soonest promised first. */
    public record Column(RepairOrder.Status status, List<Card> cards) {}

    /**
     * One repair order on the board.
     *
     * @param overdue promised before now and not ready yet
     * @param inStatusSince when the order last entered its status: how long it has been waiting there
     * @param total what the order comes to; null for staff who do not see money
     * @param moves the statuses this actor may move the order to from here (APPROVED comes from the customer)
     */
    public record Card(
            RepairOrderId id,
            long number,
            RepairOrder.Status status,
            String statusReason,
            String customerName,
            String vehicleLabel,
            Person serviceAdvisor,
            List<Person> technicians,
            Instant promisedAt,
            boolean overdue,
            Instant inStatusSince,
            int jobCount,
            int jobsDone,
            BigDecimal total,
            String currency,
            List<RepairOrder.Status> moves,
            int version) {}

    /** A staff member as the board names them. */
    public record Person(UUID id, String name) {}
}
