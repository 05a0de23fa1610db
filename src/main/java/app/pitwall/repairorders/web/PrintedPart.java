package app.pitwall.repairorders.web;

import app.pitwall.repairorders.LineDraft;
import app.pitwall.repairorders.PartLine;

/**
 * How the estimate and the work order print a part: its number with its condition beside it ("BP-100 · Rebuilt"), as
 * California 16 CCR 3356 asks documents to say whether a part is new, used, rebuilt or reconditioned.
 */
final class PrintedPart {

    private PrintedPart() {}

    /** The part number and condition of a line, whichever are known; empty for neither or for other kinds. */
    static String of(LineDraft flat) {
        String number = flat.partNumber() == null ? "" : flat.partNumber();
        if (flat.condition() == null) {
            return number;
        }
        return number.isEmpty() ? condition(flat.condition()) : number + " · " + condition(flat.condition());
    }

    static String condition(PartLine.Condition condition) {
        return switch (condition) {
            case NEW -> "New";
            case USED -> "Used";
            case REBUILT -> "Rebuilt";
            case RECONDITIONED -> "Reconditioned";
            case OEM -> "OEM";
            case AFTERMARKET -> "Aftermarket";
        };
    }
}
