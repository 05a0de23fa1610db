package app.pitwall.platform.web;

import app.pitwall.platform.ConfirmationRequiredException;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.ModelAndView;

/**
 * A service's refusal written into a form's binding, as Spring's own validation would: each refused field at its
 * input (renamed by {@link FormFields}), a conflict as an error of the whole form (or of the input its {@code field}
 * property names). The error code is the refusal's
 * message key ({@code conflict.stale-version}, or the field's message when it is a key), so the words come from
 * {@code messages.properties}; the service's own sentence, capitalised, is the fallback.
 */
public final class Refusals {

    /** The error code of a save over someone else's newer change. */
    public static final String STALE = "conflict.stale-version";

    private Refusals() {}

    public static void record(RuntimeException refusal, Object form, Errors errors) {
        if (refusal instanceof InvalidInputException invalid) {
            Object[] arguments = refusal instanceof ConfirmationRequiredException warning
                    ? warning.arguments().toArray()
                    : null;
            for (Map.Entry<String, String> refused : invalid.fields().entrySet()) {
                String input = form instanceof FormFields named ? named.inputOf(refused.getKey()) : refused.getKey();
                String message = refused.getValue();
                if (input != null && isInput(errors, input)) {
                    errors.rejectValue(input, message, arguments, sentence(message));
                } else {
                    errors.reject(message, null, sentence(message));
                }
            }
        } else if (refusal instanceof ConflictException conflict) {
            String code = "conflict." + conflict.type().code();
            String input = conflict.properties().get("field") instanceof String field
                    ? (form instanceof FormFields named ? named.inputOf(field) : field)
                    : null;
            if (input != null && isInput(errors, input)) {
                errors.rejectValue(input, code, null, sentence(conflict.getMessage()));
            } else {
                errors.reject(code, null, sentence(conflict.getMessage()));
            }
        }
    }

    /**
     * Puts a submitted form and its binding on a page. Spring keeps a binding in the model only while the model's
     * object is the binding's target, and a form whose construction failed on a value (a {@code typeMismatch}) has
     * a binding without one; so pages add both, form first.
     */
    public static ModelAndView show(ModelAndView page, String name, Object form, BindingResult binding) {
        page.addObject(name, form);
        if (binding != null) {
            page.addObject(BindingResult.MODEL_KEY_PREFIX + name, binding);
        }
        return page;
    }

    /** Whether {@code errors} holds a refused save over someone else's newer change. */
    public static boolean stale(Errors errors) {
        return errors.getGlobalErrors().stream().map(ObjectError::getCode).anyMatch(STALE::equals);
    }

    /** The service's words as a sentence: capitalised, as every message on a page is. */
    public static String sentence(String message) {
        if (message == null || message.isEmpty()) {
            return message;
        }
        return message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1);
    }

    private static boolean isInput(Errors errors, String field) {
        try {
            errors.getFieldValue(field);
            return true;
        } catch (InvalidPropertyException | IllegalStateException e) {
            return false;
        }
    }
}
