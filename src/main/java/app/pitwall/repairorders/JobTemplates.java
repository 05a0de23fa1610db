package app.pitwall.repairorders;

import app.pitwall.access.Actor;
import java.util.List;
import java.util.UUID;

/**
 * Jobs written once and added to many orders (canned jobs). The module that keeps them implements this, so an order
 * can be given a job from a template without this module knowing where templates live.
 */
public interface JobTemplates {

    /** The templates the actor may add, by name, for a picker. */
    List<Choice> choices(Actor actor);

    /**
     * The job the template makes, ready for {@link RepairOrders#addJob}; a template the actor's tenant does not have is
     * bad input naming {@code cannedJobId}.
     */
    NewJob job(Actor actor, UUID templateId);

    /** A template as a picker shows it. */
    record Choice(UUID id, String label) {}
}
