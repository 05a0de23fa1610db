package app.pitwall.billing;

import app.pitwall.access.Actor;
import app.pitwall.platform.Page;
import java.util.Optional;

/**
 * The tenant's payers directory: insurance companies, warranty companies and fleet accounts. Always within the
 * actor's tenant (another tenant's payer is "not found"), versioned against lost updates, announced as events.
 */
public interface Payers {

    /** Payers by name, optionally of one kind. */
    Page<Payer> list(Actor actor, Payer.Kind kind, int limit, String cursor);

    Optional<Payer> find(Actor actor, PayerId id);

    /** Adds a payer; its id and version are made here. */
    Payer add(Actor actor, Payer payer);

    /** Replaces the payer's details with {@code changed} (its id and version are ignored). */
    Payer change(Actor actor, PayerId id, Payer changed, Integer expectedVersion);
}
