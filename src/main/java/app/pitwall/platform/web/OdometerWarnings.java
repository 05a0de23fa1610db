package app.pitwall.platform.web;

import org.springframework.validation.Errors;

/**
 * Whether a re-shown form carries the warning that its odometer reads lower than the vehicle's last reading (a
 * {@link app.pitwall.platform.ConfirmationRequiredException} of type {@code odometer-lower} at that input), so the
 * page offers the box that confirms it.
 */
public final class OdometerWarnings {

    /** The error code the warning has in a form's binding. */
    public static final String CODE = "confirm.odometer-lower";

    private OdometerWarnings() {}

    public static boolean lowerThanLast(Errors errors, String input) {
        return errors.getFieldErrors(input).stream().anyMatch(error -> CODE.equals(error.getCode()));
    }
}
