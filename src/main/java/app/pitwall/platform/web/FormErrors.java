package app.pitwall.platform.web;

import app.pitwall.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What is wrong with a submitted form: a message per field (the first one found) and messages about the form as a
 * whole. Pages render it next to the inputs, keeping what the user typed.
 */
public final class FormErrors {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<String> global = new ArrayList<>();

    /** The field errors of Bean Validation and binding, in the user's language. */
    public static FormErrors of(BindingResult result, MessageSource messages, Locale locale) {
        FormErrors errors = new FormErrors();
        for (FieldError error : result.getFieldErrors()) {
            errors.field(error.getField(), messages.getMessage(error, locale));
        }
        result.getGlobalErrors().forEach(error -> errors.global(messages.getMessage(error, locale)));
        return errors;
    }

    /**
     * The fields a service refused, renamed to the form's inputs. A message that is a message key (as the pages'
     * own checks use) is translated; the service's own sentences are shown as they are.
     */
    public static FormErrors of(
            InvalidInputException refused, UnaryOperator<String> inputOf, MessageSource messages, Locale locale) {
        FormErrors errors = new FormErrors();
        refused.fields()
                .forEach((field, message) ->
                        errors.field(inputOf.apply(field), messages.getMessage(message, null, message, locale)));
        return errors;
    }

    public FormErrors field(String field, String message) {
        fields.putIfAbsent(field, message);
        return this;
    }

    public FormErrors global(String message) {
        global.add(message);
        return this;
    }

    /** The message for {@code field}, or null when it is fine. */
    public String of(String field) {
        return fields.get(field);
    }

    public boolean isEmpty() {
        return fields.isEmpty() && global.isEmpty();
    }

    /** One line of the error summary: the field's label key, the id of its input, and the message. */
    public record Entry(String field, String labelKey, String inputId, String message) {}

    public List<Entry> entries() {
        return fields.entrySet().stream()
                .map(e -> new Entry(
                        e.getKey(),
                        "field." + e.getKey().replaceAll("\\[\\d+]", ""),
                        inputId(e.getKey()),
                        e.getValue()))
                .toList();
    }

    /** The id the pages give the input of {@code field}: {@code emails[1]} is {@code emails-1}. */
    public static String inputId(String field) {
        return field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    public List<String> global() {
        return List.copyOf(global);
    }
}
