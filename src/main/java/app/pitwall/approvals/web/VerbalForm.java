package app.pitwall.approvals.web;

import app.pitwall.platform.web.FormFields;
import app.pitwall.repairorders.web.RepairOrderForms;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A customer's verbal decision, job by job, as the advisor records it. */
record VerbalForm(
        @Size(max = 100) List<@Pattern(regexp = RepairOrderForms.UUID_TEXT) String> approve,
        @Size(max = 100) List<@Pattern(regexp = RepairOrderForms.UUID_TEXT) String> decline,
        @Size(max = 200) String approvedBy,

        @Pattern(regexp = "PHONE|IN_PERSON", message = "{form.choice.invalid}")
        String method,

        @Size(max = 20) String at,
        @Pattern(regexp = RepairOrderForms.VERSION) String version)
        implements FormFields {

    /** The service names the jobs approved and declined {@code jobIds[i]} and {@code declinedJobIds[i]}. */
    @Override
    public String inputOf(String refusedField) {
        String field = refusedField.replaceAll("\\[\\d+]", "");
        return switch (field) {
            case "jobIds" -> "approve";
            case "declinedJobIds" -> "decline";
            default -> field;
        };
    }

    public static VerbalForm blank(int version) {
        return new VerbalForm(List.of(), List.of(), "", "PHONE", "", String.valueOf(version));
    }

    public boolean approves(String job) {
        return approve != null && approve.contains(job);
    }

    public boolean declines(String job) {
        return decline != null && decline.contains(job);
    }

    public VerbalForm withVersion(int current) {
        return new VerbalForm(approve, decline, approvedBy, method, at, String.valueOf(current));
    }
}
