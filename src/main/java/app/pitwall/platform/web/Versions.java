package app.pitwall.platform.web;

import app.pitwall.platform.InvalidInputException;

/** The expected version of a change: from the body's {@code version}, else an {@code If-Match} header ("3", W/"3"). */
public final class Versions {

    private Versions() {}

    public static Integer expected(Integer inBody, String ifMatch) {
        if (inBody != null) {
            return inBody;
        }
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "must be the record's version, e.g. \"3\"");
        }
    }
}
