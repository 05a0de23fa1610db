package app.pitwall.approvals.web;

import app.pitwall.approvals.CustomerApprovals;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.repairorders.ApprovalStatus;
import app.pitwall.repairorders.Estimate;
import app.pitwall.repairorders.JobApproval;
import app.pitwall.repairorders.JobId;
import app.pitwall.repairorders.RepairOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.util.MultiValueMap;

/**
 * The customer's answer as typed on the approval page, kept as text so that a refused answer is shown again as it
 * was: the typed name, and per job ({@code decision-<job id>}) the choice with the version of the job the page showed
 * ({@code version-<job id>}). Every job still waiting for the customer needs a choice.
 */
final class ApprovalForm {

    static final String DECISION = "decision-";
    static final String VERSION = "version-";
    private static final int MOST_DECISIONS = 100;
    private static final int LONGEST_SIGNATURE = 200;

    private final String signature;
    private final Map<String, String> choices;
    private final Map<String, String> versions;

    private ApprovalForm(String signature, Map<String, String> choices, Map<String, String> versions) {
        this.signature = signature;
        this.choices = choices;
        this.versions = versions;
    }

    static ApprovalForm empty() {
        return new ApprovalForm("", Map.of(), Map.of());
    }

    static ApprovalForm read(MultiValueMap<String, String> fields) {
        String signature = text(fields.getFirst("signature"), LONGEST_SIGNATURE + 1);
        Map<String, String> choices = new LinkedHashMap<>();
        Map<String, String> versions = new LinkedHashMap<>();
        for (String name : fields.keySet()) {
            if (name.startsWith(DECISION) && choices.size() < MOST_DECISIONS + 1) {
                String job = name.substring(DECISION.length());
                choices.put(job, text(fields.getFirst(name), 20));
                versions.put(job, text(fields.getFirst(VERSION + job), 64));
            }
        }
        return new ApprovalForm(signature, choices, versions);
    }

    public String signature() {
        return signature;
    }

    /** What was chosen for the job: {@code APPROVED}, {@code DECLINED} or empty. */
    public String choice(String jobId) {
        return choices.getOrDefault(jobId, "");
    }

    /** The page's own checks, before the service's: a name, and a valid choice for every job waiting for one. */
    Errors check(Estimate estimate, MessageSource messages, Locale locale) {
        Errors errors = Errors.none();
        if (signature.isBlank()) {
            errors.fields.put("signature", messages.getMessage("approval.signature.required", null, locale));
        } else if (signature.length() > LONGEST_SIGNATURE) {
            errors.fields.put("signature", messages.getMessage("approval.signature.long", null, locale));
        }
        if (choices.size() > MOST_DECISIONS) {
            errors.global.add(messages.getMessage("approval.choice.required", null, locale));
            return errors;
        }
        List<Estimate.EstimateJob> jobs = estimate.jobs();
        for (int i = 0; i < jobs.size(); i++) {
            Estimate.EstimateJob job = jobs.get(i);
            String choice = choice(job.id().value().toString());
            boolean waiting = job.approvalStatus() == ApprovalStatus.PENDING
                    || job.approvalStatus() == ApprovalStatus.CHANGED_SINCE_APPROVAL;
            if ((waiting && choice.isEmpty()) || !(choice.isEmpty() || valid(choice))) {
                errors.fields.put(
                        "job-" + (i + 1),
                        messages.getMessage("approval.choice.job", new Object[] {job.title()}, locale));
            }
        }
        if (errors.fields.isEmpty() && choices.values().stream().noneMatch(ApprovalForm::valid)) {
            errors.global.add(messages.getMessage("approval.choice.required", null, locale));
        }
        for (String job : choices.keySet()) {
            if (!isUuid(job)) {
                errors.global.add(messages.getMessage("approval.choice.required", null, locale));
                break;
            }
        }
        return errors;
    }

    /** The answer for {@link CustomerApprovals#answer}; only after {@link #check} found nothing wrong. */
    CustomerApprovals.CustomerAnswer answer() {
        List<RepairOrder.JobDecision> decisions = new ArrayList<>();
        choices.forEach((job, choice) -> {
            if (!choice.isEmpty()) {
                decisions.add(new RepairOrder.JobDecision(
                        new JobId(UUID.fromString(job)), JobApproval.Decision.valueOf(choice), versions.get(job)));
            }
        });
        return new CustomerApprovals.CustomerAnswer(signature, decisions);
    }

    private static boolean valid(String choice) {
        return "APPROVED".equals(choice) || "DECLINED".equals(choice);
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return text.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String text(String value, int longest) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        return stripped.length() <= longest ? stripped : stripped.substring(0, longest);
    }

    /** What is wrong with an answer: messages per input ({@code signature}, {@code job-<n>}) and for the whole. */
    static final class Errors {

        private final Map<String, String> fields = new LinkedHashMap<>();
        private final List<String> global = new ArrayList<>();

        static Errors none() {
            return new Errors();
        }

        static Errors global(String message) {
            Errors errors = new Errors();
            errors.global.add(message);
            return errors;
        }

        /** A refusal of the service: the name is the customer's to fix; anything else, the whole answer. */
        static Errors refused(InvalidInputException refused, MessageSource messages, Locale locale) {
            Errors errors = new Errors();
            refused.fields().forEach((field, message) -> {
                if ("signature".equals(field)) {
                    errors.fields.put("signature", message);
                } else if (errors.global.isEmpty()) {
                    errors.global.add(messages.getMessage("approval.choice.required", null, locale));
                }
            });
            return errors;
        }

        public boolean isEmpty() {
            return fields.isEmpty() && global.isEmpty();
        }

        /** The message for an input, or null. */
        public String of(String field) {
            return fields.get(field);
        }

        public Map<String, String> fields() {
            return java.util.Collections.unmodifiableMap(fields);
        }

        public List<String> global() {
            return List.copyOf(global);
        }
    }
}
