package app.pitwall.customers.web;

import app.pitwall.platform.InvalidInputException;

/** Reads an expected version from an {@code If-Match} header such as {@code "3"} or {@code W/"3"}. */
final class Versions {

    private Versions() {}

    static Integer fromIfMatch(String ifMatch) {
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
