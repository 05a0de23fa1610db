package app.pitwall.platform;

import app.pitwall.platform.web.ProblemType;
import java.util.List;
import java.util.Map;

/**
 * A business rule that warns rather than forbids (422): the input is plausible but unusual, and the same request with
 * the named confirmation ({@link #confirmWith()}, e.g. {@code confirmLowerOdometer: true}) is accepted. A page shows it
 * at its input with a box to tick; the API answers a problem of type {@link #type()} that names the confirmation. It is
 * an {@link InvalidInputException} whose field message is the message key {@code confirm.<type>}, so a re-shown form
 * finds its words in {@code messages.properties}.
 */
public class ConfirmationRequiredException extends InvalidInputException {

    private final ProblemType type;
    private final String detail;
    private final String confirmWith;
    private final Map<String, Object> properties;
    private final List<String> arguments;

    /**
     * @param arguments what the page's words ({@code confirm.<type>} in {@code messages.properties}) fill in, as
     *     {@code {0}}, {@code {1}} ...
     */
    public ConfirmationRequiredException(
            ProblemType type,
            String field,
            String detail,
            String confirmWith,
            Map<String, Object> properties,
            List<String> arguments) {
        super(field, "confirm." + type.code());
        this.type = type;
        this.detail = detail;
        this.confirmWith = confirmWith;
        this.properties = Map.copyOf(properties);
        this.arguments = List.copyOf(arguments);
    }

    @Override
    public String getMessage() {
        return detail;
    }

    /** The rule of the catalog, e.g. {@link ProblemType#ODOMETER_LOWER}. */
    public ProblemType type() {
        return type;
    }

    /** The request field that confirms the input. */
    public String confirmWith() {
        return confirmWith;
    }

    /** Extra members of the problem body, e.g. the last reading. */
    public Map<String, Object> properties() {
        return properties;
    }

    /** The arguments of the page's words. */
    public List<String> arguments() {
        return arguments;
    }
}
