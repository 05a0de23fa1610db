package app.pitwall.platform.web;

import app.pitwall.platform.CardNumbers;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text that holds nothing like a payment card number ({@link CardNumbers}). The services refuse such text for
 * every client; on a form this makes the refusal show with the other fields' errors of the same submit.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoCardNumber.Check.class)
public @interface NoCardNumber {

    String message() default "{form.cardNumber}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NoCardNumber, String> {

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return text == null || !CardNumbers.containsCardNumber(text);
        }
    }
}
