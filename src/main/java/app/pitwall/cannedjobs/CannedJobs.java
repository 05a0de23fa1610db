package app.pitwall.cannedjobs;

import app.pitwall.access.Actor;
import app.pitwall.platform.Page;
import java.util.Optional;

/** The tenant's canned jobs: listed by name, created, changed and deleted, each change announced as an event. */
public interface CannedJobs {

    /** Canned jobs whose name contains {@code query} (all without one), by name. */
    Page<CannedJob> list(Actor actor, String query, int limit, String cursor);

    Optional<CannedJob> find(Actor actor, CannedJobId id);

    CannedJob create(Actor actor, CannedJobDraft draft);

    CannedJob change(Actor actor, CannedJobId id, CannedJobDraft changes, Integer expectedVersion);

    /** Deletes a canned job, if still at {@code expectedVersion} (null: any). */
    void delete(Actor actor, CannedJobId id, Integer expectedVersion);
}
