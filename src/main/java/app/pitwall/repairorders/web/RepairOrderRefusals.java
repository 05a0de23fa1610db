package app.pitwall.repairorders.web;

import app.pitwall.platform.web.FormErrors;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * How the repair-order pages word what is wrong with a submitted form: the binding's errors, which hold Bean
 * Validation's and, when the page advice shows a refused form again, the service's refusal (bad input at its fields,
 * a stale version as the shared "someone else changed this" message, any other conflict in the service's own words).
 */
@Component
@NamedInterface("pages")
public class RepairOrderRefusals {

    private final MessageSource messages;

    public RepairOrderRefusals(MessageSource messages) {
        this.messages = messages;
    }

    public FormErrors errors(BindingResult binding, Locale locale) {
        return FormErrors.of(binding, messages, locale);
    }
}
