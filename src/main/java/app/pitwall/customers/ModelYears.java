package app.pitwall.customers;

import java.time.Year;

/**
 * Decodes the model year from position 10 of a 17-character VIN.
 *
 * <p>The year code repeats every 30 years (A = 1980 or 2010, ..., 9 = 2009 or 2039). The decoded year is always the
 * most recent candidate from 1980 on that is at most one year after the current year, since a model year can run one
 * year ahead of the calendar. For North American VINs, position 7 narrows the cycle as 49 CFR 565 prescribes for
 * passenger vehicles and light trucks: a digit means 1980-2009, a letter means 2010-2039 (and every other cycle after
 * that). When that hint leaves no plausible year, as it can for heavy trucks that do not follow it, it is ignored.
 */
final class ModelYears {

    private static final String YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";
    private static final int FIRST_MODEL_YEAR = 1980;
    private static final int CYCLE_YEARS = 30;

    private ModelYears() {}

    /** The model year of a normalized 17-character VIN, or null when position 10 is not a year code. */
    static Integer of(String vin, Year currentYear) {
        int code = YEAR_CODES.indexOf(vin.charAt(9));
        if (code < 0) {
            return null;
        }
        int latest = currentYear.getValue() + 1;
        if (isNorthAmerican(vin)) {
            int firstCycle = Character.isDigit(vin.charAt(6)) ? 0 : 1;
            Integer hinted = mostRecent(code, latest, firstCycle, 2);
            if (hinted != null) {
                return hinted;
            }
        }
        return mostRecent(code, latest, 0, 1);
    }

    static boolean isNorthAmerican(String vin) {
        char region = vin.charAt(0);
        return region >= '1' && region <= '5';
    }

    private static Integer mostRecent(int code, int latest, int firstCycle, int cycleStep) {
        Integer found = null;
        for (int cycle = firstCycle; FIRST_MODEL_YEAR + code + cycle * CYCLE_YEARS <= latest; cycle += cycleStep) {
            found = FIRST_MODEL_YEAR + code + cycle * CYCLE_YEARS;
        }
        return found;
    }
}
