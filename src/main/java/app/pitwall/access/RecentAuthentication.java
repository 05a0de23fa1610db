package app.pitwall.access;

import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.web.ProblemType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The rule for sensitive changes: the user must have proven who they are (password, plus code when
 * MFA is on) within the last five minutes of this session. API tokens never satisfy it. Handlers
 * declare it with {@link RequiresRecentAuthentication}; services that decide case by case call
 * {@link #require}.
 */
public final class RecentAuthentication {

    /** How long a proof of identity counts as recent. */
    public static final Duration WINDOW = Duration.ofMinutes(5);

    /** The problem type of the refusal. */
    public static final ProblemType REQUIRED = ProblemType.REAUTHENTICATION_REQUIRED;

    private RecentAuthentication() {}

    public static boolean isRecent(Actor actor, Instant now) {
        Instant at = actor.authenticatedAt();
        return actor.kind() == Actor.Kind.USER && at != null && now.isBefore(at.plus(WINDOW));
    }

    /** Refuses with 403 {@code reauthentication-required} unless the actor's proof is recent. */
    public static void require(Actor actor, Clock clock) {
        if (!isRecent(actor, clock.instant())) {
            throw new ForbiddenException(
                    REQUIRED,
                    "This change needs you to confirm who you are: re-authenticate with your password"
                            + " (and code) and try again within 5 minutes.");
        }
    }
}
