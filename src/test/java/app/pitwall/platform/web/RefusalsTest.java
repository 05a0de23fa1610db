package app.pitwall.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

/** A service's refusal lands in a form's binding as Spring's own validation errors would. */
class RefusalsTest {

    public record JobForm(String title, String amount) implements FormFields {
        @Override
        public String inputOf(String refusedField) {
            return refusedField.equals("jobs[2].amount") ? "amount" : refusedField;
        }
    }

    @Test
    void everyRefusedFieldIsAnErrorAtTheInputTheFormNamesForIt() {
        JobForm form = new JobForm("Brakes", "8.505");
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(form, "form");
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("jobs[2].amount", "at most two decimals");
        refused.put("title", "required");

        Refusals.record(new InvalidInputException(refused), form, binding);

        assertThat(binding.getFieldErrors()).extracting(FieldError::getField).containsExactly("amount", "title");
        assertThat(binding.getFieldError("amount").getDefaultMessage()).isEqualTo("At most two decimals");
        assertThat(binding.getFieldError("amount").getRejectedValue()).isEqualTo("8.505");
    }

    @Test
    void aFieldTheFormDoesNotHaveIsAnErrorOfTheWholeForm() {
        JobForm form = new JobForm("Brakes", "");
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(form, "form");

        Refusals.record(new InvalidInputException("laborRateId", "no default labor rate"), form, binding);

        assertThat(binding.getFieldErrors()).isEmpty();
        assertThat(binding.getGlobalError().getDefaultMessage()).isEqualTo("No default labor rate");
    }

    @Test
    void aConflictIsWordedByItsTypeAndAStaleSaveIsKnownAsSuch() {
        JobForm form = new JobForm("Brakes", "");
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(form, "form");

        Refusals.record(new ConflictException(ProblemType.STALE_VERSION, "version 3 is stale"), form, binding);

        assertThat(binding.getGlobalError().getCode()).isEqualTo("conflict.stale-version");
        assertThat(Refusals.stale(binding)).isTrue();
    }

    @Test
    void aConflictAboutOneFieldIsAnErrorAtThatInput() {
        JobForm form = new JobForm("Brakes", "");
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(form, "form");

        Refusals.record(new ConflictException(ProblemType.DUPLICATE, "taken", Map.of("field", "title")), form, binding);

        assertThat(binding.getFieldError("title").getCodes()).contains("conflict.duplicate.title");
        assertThat(Refusals.stale(binding)).isFalse();
    }
}
