package app.pitwall.cannedjobs.web;

import app.pitwall.cannedjobs.CannedJob;
import app.pitwall.cannedjobs.CannedJobDraft;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.FormFields;
import app.pitwall.platform.web.Formats;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.LineDraft;
import app.pitwall.repairorders.PartLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import org.springframework.context.MessageSource;

/**
 * The canned-job form as typed: the job's text and its line rows, all text so that refused input comes back as it
 * was. A row without a kind is an empty row and is left out; the service numbers the remaining lines, which {@link
 * #inputOf} maps back to the rows.
 */
record CannedJobForm(
        @Size(max = 100) String name,
        @Size(max = 200) String title,
        @Size(max = 4000) String complaint,
        @Size(max = 4000) String correction,
        @Valid @Size(max = MAX_LINES) List<LineForm> lines,
        @Pattern(regexp = "^$|^[0-9]{1,9}$") String version)
        implements FormFields {

    static final int MAX_LINES = 50;
    private static final java.util.regex.Pattern LINE_FIELD = java.util.regex.Pattern.compile("lines\\[(\\d+)](.*)");

    /** One line row; see {@link Line} for which fields each kind uses. */
    record LineForm(
            @Pattern(regexp = "^$|^(LABOR|PART|FEE|DISCOUNT)$", message = "{form.choice.invalid}")
            String kind,

            @Size(max = 300) String description,
            @Size(max = 60) String partNumber,

            @Pattern(
                    regexp = "^$|^(NEW|USED|REBUILT|RECONDITIONED|OEM|AFTERMARKET)$",
                    message = "{form.choice.invalid}")
            String condition,

            @Size(max = 20) String quantity,
            @Size(max = 20) String unitCost,
            @Size(max = 20) String unitPrice,
            @Size(max = 20) String hours,
            @Size(max = 20) String rate,
            @Size(max = 20) String amount,
            @Size(max = 20) String percent,
            @Size(max = 20) String cap,

            @Pattern(regexp = "^$|^(SHOP_SUPPLIES|ENVIRONMENTAL|SUBLET)$", message = "{form.choice.invalid}")
            String feeKind,

            @Pattern(regexp = "^$|^(LABOR|PARTS)$", message = "{form.choice.invalid}")
            String discountTarget,

            @Pattern(regexp = "^$|^(true|false)$", message = "{form.choice.invalid}")
            String taxable) {

        static LineForm blank() {
            return new LineForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
        }

        static LineForm of(Line line) {
            LineDraft flat = LineDraft.of(line);
            return new LineForm(
                    line.kind().name(),
                    text(line.description()),
                    text(flat.partNumber()),
                    flat.condition() == null ? "" : flat.condition().name(),
                    number(flat.quantity()),
                    number(flat.unitCost()),
                    number(flat.unitPrice()),
                    number(flat.hours()),
                    number(flat.rate()),
                    number(flat.amount()),
                    number(flat.percent()),
                    number(flat.cap()),
                    flat.feeKind() == null ? "" : flat.feeKind().name(),
                    flat.discountTarget() == null ? "" : flat.discountTarget().name(),
                    Boolean.toString(flat.taxable()));
        }

        boolean isEmpty() {
            return kind == null || kind.isBlank();
        }

        /** The line this row describes, by its kind; numbers that do not parse are recorded by {@code decimals}. */
        private LineDraft draft(Decimals decimals) {
            String text = blankToNull(description);
            Boolean taxed = CannedJobForm.blank(taxable) ? null : Boolean.valueOf(taxable);
            return switch (Line.Kind.valueOf(kind)) {
                case LABOR ->
                    LineDraft.labor(
                            text,
                            decimals.of("hours", hours),
                            decimals.of("rate", rate),
                            null,
                            decimals.of("amount", amount),
                            taxed);
                case PART ->
                    LineDraft.part(
                            text,
                            blankToNull(partNumber),
                            CannedJobForm.blank(condition) ? null : PartLine.Condition.valueOf(condition),
                            decimals.of("quantity", quantity),
                            decimals.of("unitCost", unitCost),
                            decimals.of("unitPrice", unitPrice),
                            taxed);
                case FEE ->
                    LineDraft.fee(
                            text,
                            CannedJobForm.blank(feeKind) ? null : Line.FeeKind.valueOf(feeKind),
                            decimals.of("percent", percent),
                            decimals.of("cap", cap),
                            decimals.of("amount", amount),
                            decimals.of("unitCost", unitCost),
                            taxed);
                case DISCOUNT ->
                    LineDraft.discount(
                            text,
                            CannedJobForm.blank(discountTarget) ? null : Line.TaxClass.valueOf(discountTarget),
                            decimals.of("percent", percent),
                            decimals.of("amount", amount));
            };
        }
    }

    static CannedJobForm blank() {
        return new CannedJobForm("", "", "", "", List.of(LineForm.blank(), LineForm.blank()), "");
    }

    static CannedJobForm of(CannedJob job) {
        List<LineForm> rows =
                new ArrayList<>(job.lines().stream().map(LineForm::of).toList());
        rows.add(LineForm.blank());
        return new CannedJobForm(
                job.name(),
                job.title(),
                text(job.complaint()),
                text(job.correction()),
                rows,
                Integer.toString(job.version()));
    }

    /** The rows to show: what was typed, plus {@code extra} empty ones, at most {@value #MAX_LINES}. */
    CannedJobForm withRows(int extra) {
        List<LineForm> rows = new ArrayList<>(lines == null ? List.of() : lines);
        rows.replaceAll(row -> row == null ? LineForm.blank() : row);
        for (int i = 0; i < extra && rows.size() < MAX_LINES; i++) {
            rows.add(LineForm.blank());
        }
        if (rows.isEmpty()) {
            rows.add(LineForm.blank());
        }
        return new CannedJobForm(name, title, complaint, correction, rows, version);
    }

    CannedJobForm withVersion(int current) {
        return new CannedJobForm(name, title, complaint, correction, lines, Integer.toString(current));
    }

    Integer expectedVersion() {
        return version == null || version.isBlank() ? null : Integer.valueOf(version);
    }

    /** The draft for the service; numbers that do not parse are recorded in {@code errors} against their input. */
    CannedJobDraft toDraft(FormErrors errors, MessageSource messages, Locale locale) {
        List<LineDraft> drafts = new ArrayList<>();
        for (int i = 0; lines != null && i < lines.size(); i++) {
            LineForm row = lines.get(i);
            if (row == null || row.isEmpty()) {
                continue;
            }
            Decimals decimals = new Decimals(
                    "lines[" + i + "].", errors, messages.getMessage("form.decimal.invalid", null, locale));
            drafts.add(row.draft(decimals));
        }
        return new CannedJobDraft(name, title, text(complaint), text(correction), drafts);
    }

    /** The input a service refusal names: its {@code lines[n]} counts only the rows that were not empty. */
    @Override
    public String inputOf(String serviceField) {
        Matcher line = LINE_FIELD.matcher(serviceField);
        if (!line.matches() || lines == null) {
            return serviceField;
        }
        int wanted = Integer.parseInt(line.group(1));
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) != null && !lines.get(i).isEmpty()) {
                if (seen == wanted) {
                    return "lines[" + i + "]" + line.group(2);
                }
                seen++;
            }
        }
        return serviceField;
    }

    /** Reads the numbers of one row, recording those that do not parse. */
    private record Decimals(String prefix, FormErrors errors, String message) {

        BigDecimal of(String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(value.strip().replace(",", ""));
            } catch (NumberFormatException e) {
                errors.field(prefix + field, message);
                return null;
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String number(BigDecimal value) {
        return Objects.requireNonNullElse(Formats.plain(value), "");
    }
}
