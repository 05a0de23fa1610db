package app.pitwall.repairorders.web;

import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.FormErrors;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * How the repair-order pages word a refusal from the services: bad input at its fields (400), a stale version as the
 * shared "someone else changed this" message (409), any other conflict (an illegal move, a job not done) in the
 * service's own words (409).
 */
@Component
@NamedInterface("pages")
public class RepairOrderRefusals {

    private final MessageSource messages;

    public RepairOrderRefusals(MessageSource messages) {
        this.messages = messages;
    }

    public FormErrors errors(RuntimeException refusal, Locale locale) {
        if (refusal instanceof InvalidInputException invalid) {
            return FormErrors.of(invalid, RepairOrderListPages::inputOf, messages, locale);
        }
        if (refusal instanceof ConflictException conflict && "stale-version".equals(conflict.type())) {
            return new FormErrors().global(messages.getMessage("form.stale", null, locale));
        }
        return new FormErrors().global(refusal.getMessage());
    }

    public static HttpStatus status(RuntimeException refusal) {
        return refusal instanceof InvalidInputException ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
    }

    public static boolean stale(RuntimeException refusal) {
        return refusal instanceof ConflictException conflict && "stale-version".equals(conflict.type());
    }
}
