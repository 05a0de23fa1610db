package app.pitwall.platform;

/**
 * Text for a cell of a file people open in a spreadsheet (CSV exports): text starting with {@code = + - @}, a tab or
 * a carriage return gets a leading apostrophe, so a customer named {@code =HYPERLINK(...)} is shown, never run as a
 * formula. Amounts are written as numbers and left alone.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {}

    /** The text as a cell that cannot be a formula; null as empty. */
    public static String text(String text) {
        if (text == null) {
            return "";
        }
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
