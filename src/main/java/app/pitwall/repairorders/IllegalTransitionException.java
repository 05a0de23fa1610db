package app.pitwall.repairorders;

import app.pitwall.platform.ConflictException;
import app.pitwall.platform.web.ProblemType;
import java.util.Map;

/**
 * A repair order was asked to move to a status its current status does not lead to. The problem body names
 * both: {@code currentStatus} and {@code requestedStatus}.
 */
public class IllegalTransitionException extends ConflictException {

    private final RepairOrder.Status current;
    private final RepairOrder.Status requested;

    public IllegalTransitionException(long number, RepairOrder.Status current, RepairOrder.Status requested) {
        super(
                ProblemType.ILLEGAL_TRANSITION,
                "Repair order " + number + " is " + current + "; it cannot move to " + requested + ".",
                Map.of("currentStatus", current.name(), "requestedStatus", requested.name()));
        this.current = current;
        this.requested = requested;
    }

    public RepairOrder.Status current() {
        return current;
    }

    public RepairOrder.Status requested() {
        return requested;
    }
}
