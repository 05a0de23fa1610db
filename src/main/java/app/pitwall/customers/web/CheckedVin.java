package app.pitwall.customers.web;

import app.pitwall.customers.Vin;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A VIN that passes {@link Vin#check}, or blank. On a form it makes a bad VIN show together with the other fields'
 * errors of the same submit, instead of only once they are right; the service checks it again for every client.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CheckedVin.Check.class)
@interface CheckedVin {

    String message() default "{form.vin.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<CheckedVin, String> {

        @Override
        public boolean isValid(String vin, ConstraintValidatorContext context) {
            if (vin == null || vin.isBlank()) {
                return true;
            }
            Vin.VinCheck check = Vin.check(vin);
            if (check.valid()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(escaped(check.error())).addConstraintViolation();
            return false;
        }

        /** The check's words as a literal message: no part of them is read as a message parameter. */
        private static String escaped(String message) {
            return message.replace("\\", "\\\\")
                    .replace("{", "\\{")
                    .replace("}", "\\}")
                    .replace("$", "\\$");
        }
    }
}
