package app.pitwall.billing.internal;

import app.pitwall.platform.ConflictException;
import app.pitwall.platform.web.ProblemType;
import java.util.Map;

/** The one refusal of a stale expected version in billing. */
final class Versions {

    private Versions() {}

    static ConflictException stale(String what, int current) {
        return new ConflictException(
                ProblemType.STALE_VERSION,
                "Someone else changed this " + what + " (now at version " + current + "); reload it.",
                Map.of("currentVersion", current));
    }

    static void check(Integer expected, int current, String what) {
        if (expected != null && expected != current) {
            throw stale(what, current);
        }
    }
}
