package app.pitwall.repairorders;

import app.pitwall.platform.ConflictException;
import app.pitwall.platform.web.ProblemType;
import java.util.Map;
import java.util.UUID;

/**
 * Labor hours without a rate take the location's default labor rate, and this location has none yet: a rule of the
 * shop's setup, not bad input, which someone who may change the shop's setup can fix.
 */
public class NoDefaultLaborRateException extends ConflictException {

    public NoDefaultLaborRateException(UUID location) {
        super(
                ProblemType.NO_DEFAULT_LABOR_RATE,
                "This location has no default labor rate yet, so labor hours without a rate cannot be priced. An owner"
                        + " can set one under Shop setup, Labor rates; or give the line a rate.",
                Map.of("locationId", location.toString()));
    }
}
