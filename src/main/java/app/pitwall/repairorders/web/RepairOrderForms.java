package app.pitwall.repairorders.web;

import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.FormFields;
import app.pitwall.platform.web.ShopTimes;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.OrderDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * The repair-order pages' forms as the browser sends them. Every field is text, so that whatever was typed can be
 * shown again next to its error; each form turns itself into what the services take. {@code version} is the order's
 * version the form was read at.
 */
@NamedInterface("pages")
public final class RepairOrderForms {

    public static final String UUID_TEXT =
            "^$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    static final String WHOLE = "^$|^[0-9]{1,8}$";
    static final String DECIMAL = "^$|^[0-9]{1,7}([.][0-9]{1,4})?$";
    public static final String VERSION = "^$|^[0-9]{1,9}$";

    private RepairOrderForms() {}

    /** A walk-in: the location, the customer and vehicle, and what the counter writes down. */
    public record WalkInForm(
            @Pattern(regexp = UUID_TEXT, message = "{form.location.invalid}")
            String locationId,

            @Pattern(regexp = UUID_TEXT, message = "{form.choice.invalid}")
            String customerId,

            @Pattern(regexp = UUID_TEXT, message = "{form.choice.invalid}")
            String vehicleId,

            @Pattern(regexp = WHOLE, message = "{form.odometer.invalid}")
            String odometerIn,

            @Size(max = 20) String promisedAt,
            @Size(max = 4000) String concerns,
            @Size(max = 4000) String internalNotes,
            @Pattern(regexp = "^$|^true$") String confirmLowerOdometer)
            implements FormFields {

        @Override
        public String inputOf(String refusedField) {
            return RepairOrderListPages.inputOf(refusedField);
        }

        public static WalkInForm blank(String location, String customer) {
            return new WalkInForm(location, customer, "", "", "", "", "", "");
        }

        /** Whether a reading lower than the vehicle's last was confirmed. */
        boolean lowerOdometerConfirmed() {
            return "true".equals(confirmLowerOdometer);
        }

        public OrderDetails details(ZoneId zone) {
            return new OrderDetails(
                    null, null, whole(odometerIn), null, time(promisedAt, zone), lines(concerns), internalNotes);
        }
    }

    /** The order's own details; every field is sent, so an empty technician list unassigns everyone. */
    public record DetailsForm(
            @Pattern(regexp = UUID_TEXT, message = "{form.choice.invalid}")
            String serviceAdvisorId,

            @Size(max = 10) List<@Pattern(regexp = UUID_TEXT, message = "{form.choice.invalid}") String> technicianIds,

            @Pattern(regexp = WHOLE, message = "{form.odometer.invalid}")
            String odometerIn,

            @Pattern(regexp = WHOLE, message = "{form.odometer.invalid}")
            String odometerOut,

            @Size(max = 20) String promisedAt,
            @Size(max = 21000) String concerns,
            @Size(max = 4000) String internalNotes,
            @NotBlank @Pattern(regexp = VERSION) String version,
            @Pattern(regexp = "^$|^true$") String confirmLowerOdometer)
            implements FormFields {

        @Override
        public String inputOf(String refusedField) {
            return RepairOrderListPages.inputOf(refusedField);
        }

        /** Whether a reading lower than the vehicle's last was confirmed. */
        boolean lowerOdometerConfirmed() {
            return "true".equals(confirmLowerOdometer);
        }

        public OrderDetails details(ZoneId zone) {
            return new OrderDetails(
                    uuid(serviceAdvisorId),
                    technicianIds == null
                            ? List.of()
                            : technicianIds.stream()
                                    .filter(id -> id != null && !id.isBlank())
                                    .map(UUID::fromString)
                                    .toList(),
                    whole(odometerIn),
                    whole(odometerOut),
                    time(promisedAt, zone),
                    lines(concerns),
                    internalNotes == null ? "" : internalNotes);
        }

        /**
         * An emptied promised time or odometer clears it; one that was not sent at all (a hand-made request) leaves
         * it, so nothing is erased by omission.
         */
        java.util.Set<OrderDetails.Clearable> cleared() {
            java.util.Set<OrderDetails.Clearable> fields = java.util.EnumSet.noneOf(OrderDetails.Clearable.class);
            if (promisedAt != null && promisedAt.isBlank()) {
                fields.add(OrderDetails.Clearable.PROMISED_AT);
            }
            if (odometerIn != null && odometerIn.isBlank()) {
                fields.add(OrderDetails.Clearable.ODOMETER_IN);
            }
            if (odometerOut != null && odometerOut.isBlank()) {
                fields.add(OrderDetails.Clearable.ODOMETER_OUT);
            }
            return fields;
        }

        public boolean hasTechnician(String id) {
            return technicianIds != null && technicianIds.contains(id);
        }

        /** The same input with another expected version, after a stale save. */
        public DetailsForm withVersion(int current) {
            return new DetailsForm(
                    serviceAdvisorId,
                    technicianIds,
                    odometerIn,
                    odometerOut,
                    promisedAt,
                    concerns,
                    internalNotes,
                    String.valueOf(current),
                    confirmLowerOdometer);
        }
    }

    /**
     * A job's text. Staff who only work jobs send the three Cs and notes; the title and technician are the service
     * advisor's (a blank technician unassigns the job).
     */
    public record JobForm(
            @Size(max = 200) String title,
            @Size(max = 4000) String complaint,
            @Size(max = 4000) String cause,
            @Size(max = 4000) String correction,
            @Size(max = 4000) String technicianNotes,

            @Pattern(regexp = UUID_TEXT, message = "{form.choice.invalid}")
            String technicianId,

            @Pattern(regexp = VERSION) String version)
            implements FormFields {

        @Override
        public String inputOf(String refusedField) {
            return RepairOrderListPages.inputOf(refusedField);
        }

        public static JobForm blank() {
            return new JobForm("", "", "", "", "", "", "");
        }

        public Job.JobDetails details(boolean advisor) {
            return new Job.JobDetails(
                    advisor ? title : null,
                    complaint,
                    cause,
                    correction,
                    technicianNotes,
                    advisor ? uuid(technicianId) : null);
        }

        public JobForm withVersion(int current) {
            return new JobForm(
                    title, complaint, cause, correction, technicianNotes, technicianId, String.valueOf(current));
        }
    }

    /** A status move; hold and cancel need a reason. {@code next} is the page to go back to. */
    public record MoveForm(
            @Pattern(
                    regexp = "ESTIMATE|AWAITING_APPROVAL|APPROVED|IN_PROGRESS|ON_HOLD|READY|CANCELLED",
                    message = "{form.choice.invalid}")
            String to,

            @Size(max = 500) String reason,
            @Pattern(regexp = VERSION) String version,
            @Size(max = 500) String next)
            implements FormFields {

        @Override
        public String inputOf(String refusedField) {
            return RepairOrderListPages.inputOf(refusedField);
        }
    }

    /** A one-button action (add a canned job, mark done, remove): the version it was read at, and where to return. */
    @NamedInterface("pages")
    public record ActionForm(
            @Pattern(regexp = UUID_TEXT, message = "{form.choice.invalid}")
            String cannedJobId,

            @Pattern(regexp = VERSION) String version,
            @Size(max = 500) String next)
            implements FormFields {

        @Override
        public String inputOf(String refusedField) {
            return RepairOrderListPages.inputOf(refusedField);
        }
    }

    public static Integer version(String version) {
        return version == null || version.isBlank() ? null : Integer.valueOf(version);
    }

    public static UUID uuid(String value) {
        return value == null || value.isBlank() ? null : UUID.fromString(value);
    }

    public static Integer whole(String value) {
        return value == null || value.isBlank() ? null : Integer.valueOf(value);
    }

    public static BigDecimal decimal(String value) {
        return value == null || value.isBlank() ? null : new BigDecimal(value);
    }

    /** A {@code datetime-local} value on the shop's clock. */
    public static Instant time(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?")) {
            throw new InvalidInputException("promisedAt", "form.time.invalid");
        }
        return ShopTimes.parse(value, zone, "promisedAt");
    }

    /** One entry per non-blank line. */
    public static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
