package app.pitwall.support;

import java.util.Random;

/**
 * The random source of property tests: the seed comes from {@code -Dpitwall.seed=} when given and is otherwise
 * drawn anew, and it is printed, so a failure seen once can be replayed with the seed it names.
 */
public final class Seeds {

    private static final String PROPERTY = "pitwall.seed";

    private Seeds() {}

    /** A seeded random for the named test; the seed is printed with the command line that replays it. */
    public static Seeded random(String test) {
        long seed = Long.getLong(PROPERTY, new Random().nextLong());
        System.out.println(test + " runs with seed " + seed + "; replay with -D" + PROPERTY + "=" + seed);
        return new Seeded(seed, new Random(seed));
    }

    /** A random and the seed it came from, for the failure message. */
    public record Seeded(long seed, Random random) {

        public String describe(String what) {
            return what + " (seed " + seed + ", replay with -D" + PROPERTY + "=" + seed + ")";
        }
    }
}
