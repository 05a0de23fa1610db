package app.pitwall.repairorders.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.Scope;
import app.pitwall.identity.StaffDirectory.StaffMember;
import app.pitwall.identity.Staffing;
import app.pitwall.repairorders.Board;
import app.pitwall.repairorders.JobBoard;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderSummary;
import app.pitwall.repairorders.WorkOrderPermissions;
import app.pitwall.tenancy.ActorLocations;
import app.pitwall.tenancy.Location;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the job board in two queries, whatever the number of orders: the location's open orders from their
 * denormalized rows, and the names of the staff on them.
 */
@Service
@Transactional(readOnly = true)
class JobBoardQuery implements JobBoard {

    private static final List<RepairOrder.Status> COLUMNS = Arrays.stream(RepairOrder.Status.values())
            .filter(RepairOrder.Status::onTheBoard)
            .toList();

    private final RepairOrderSummaryRows rows;
    private final StatusHistoryRows history;
    private final ActorLocations locations;
    private final Staffing staffing;
    private final Clock clock;

    JobBoardQuery(
            RepairOrderSummaryRows rows,
            StatusHistoryRows history,
            ActorLocations locations,
            Staffing staffing,
            Clock clock) {
        this.rows = rows;
        this.history = history;
        this.locations = locations;
        this.staffing = staffing;
        this.clock = clock;
    }

    @Override
    public Board board(Actor actor, UUID locationId, UUID serviceAdvisorId, UUID technicianId) {
        Location location = locations.visible(actor, locationId);
        List<RepairOrderSummary> orders =
                rows.board(Scope.of(actor), location.id().value(), COLUMNS, serviceAdvisorId, technicianId);
        Set<UUID> people = new HashSet<>();
        orders.forEach(order -> {
            people.addAll(order.technicianIds());
            if (order.serviceAdvisorId() != null) {
                people.add(order.serviceAdvisorId());
            }
        });
        Map<UUID, StaffMember> staff = staffing.names(actor.tenantId(), people);
        Map<UUID, Instant> since = history.enteredCurrentStatus(
                actor.tenantId(),
                orders.stream().map(order -> order.id().value()).toArray(UUID[]::new));
        Instant now = clock.instant();
        Map<RepairOrder.Status, List<Board.Card>> columns = new LinkedHashMap<>();
        COLUMNS.forEach(status -> columns.put(status, new java.util.ArrayList<>()));
        boolean money = WorkOrderPermissions.seesMoney(actor);
        for (RepairOrderSummary order : orders) {
            columns.get(order.status())
                    .add(new Board.Card(
                            order.id(),
                            order.number(),
                            order.status(),
                            order.statusReason(),
                            order.customerName(),
                            order.vehicleLabel(),
                            person(order.serviceAdvisorId(), staff),
                            order.technicianIds().stream()
                                    .map(id -> person(id, staff))
                                    .toList(),
                            order.promisedAt(),
                            order.promisedAt() != null
                                    && order.promisedAt().isBefore(now)
                                    && order.status() != RepairOrder.Status.READY,
                            since.getOrDefault(order.id().value(), order.createdAt()),
                            order.jobCount(),
                            order.jobsDone(),
                            money ? order.total() : null,
                            order.currency(),
                            moves(actor, order),
                            order.version()));
        }
        return new Board(
                location.id().value(),
                location.timeZone().getId(),
                columns.entrySet().stream()
                        .map(column -> new Board.Column(column.getKey(), List.copyOf(column.getValue())))
                        .toList(),
                now);
    }

    /**
     * The moves the table allows from the order's status that this actor may make; APPROVED is the customer's and the
     * billing moves billing's.
     */
    static List<RepairOrder.Status> moves(Actor actor, RepairOrderSummary order) {
        boolean assigned = order.technicianIds().contains(actor.userId());
        return RepairOrder.TRANSITIONS.stream()
                .filter(move -> move.from() == order.status() && move.to() != RepairOrder.Status.APPROVED)
                .filter(move -> !move.move().billing())
                .filter(move -> actor.can(Permission.REPAIR_ORDERS_TRANSITION)
                        || (move.assignedTechnicianMay() && assigned && actor.can(Permission.REPAIR_ORDERS_WORK)))
                .map(RepairOrder.Transition::to)
                .toList();
    }

    private static Board.Person person(UUID id, Map<UUID, StaffMember> staff) {
        if (id == null) {
            return null;
        }
        StaffMember member = staff.get(id);
        return new Board.Person(id, member == null ? null : member.name());
    }
}
