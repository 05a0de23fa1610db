package app.pitwall.repairorders.web;

import app.pitwall.platform.web.Amount;
import app.pitwall.platform.web.FormFields;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.LineDraft;
import app.pitwall.repairorders.PartLine;
import app.pitwall.shopsetup.LaborRateId;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** A line item of one kind; fields the kind does not use are left empty. */
@NamedInterface("pages")
public record LineForm(
        @Pattern(regexp = "LABOR|PART|FEE|DISCOUNT", message = "{form.choice.invalid}")
        String kind,

        @Size(max = 300) String description,
        @Size(max = 60) String partNumber,

        @Pattern(regexp = "^$|NEW|USED|REBUILT|RECONDITIONED|OEM|AFTERMARKET", message = "{form.choice.invalid}")
        String condition,

        @Amount BigDecimal quantity,

        @Amount BigDecimal unitCost,

        @Amount BigDecimal unitPrice,

        @Amount BigDecimal hours,

        @Pattern(regexp = RepairOrderForms.UUID_TEXT, message = "{form.choice.invalid}")
        String laborRateId,

        @Amount BigDecimal rate,

        @Amount BigDecimal amount,

        @Amount BigDecimal percent,

        @Amount BigDecimal cap,

        @Pattern(regexp = "^$|SHOP_SUPPLIES|ENVIRONMENTAL|SUBLET", message = "{form.choice.invalid}")
        String feeKind,

        @Pattern(regexp = "^$|LABOR|PARTS", message = "{form.choice.invalid}")
        String discountTarget,

        @Pattern(regexp = "^$|true|false") String taxable,
        @Pattern(regexp = RepairOrderForms.VERSION) String version)
        implements FormFields {

    @Override
    public String inputOf(String refusedField) {
        return RepairOrderListPages.inputOf(refusedField);
    }

    public static LineForm blank(Line.Kind kind, boolean taxable) {
        return new LineForm(
                kind.name(),
                "",
                "",
                "",
                null,
                null,
                null,
                null,
                "",
                null,
                null,
                null,
                null,
                "",
                "",
                String.valueOf(taxable),
                "");
    }

    public static LineForm of(Line line, int version) {
        LineDraft flat = LineDraft.of(line);
        return new LineForm(
                line.kind().name(),
                line.description(),
                RepairOrderForms.orEmpty(flat.partNumber()),
                flat.condition() == null ? "" : flat.condition().name(),
                flat.quantity(),
                flat.unitCost(),
                flat.unitPrice(),
                flat.hours(),
                flat.laborRateId() == null ? "" : flat.laborRateId().value().toString(),
                flat.laborRateId() == null ? flat.rate() : null,
                flat.amount(),
                flat.percent(),
                flat.cap(),
                flat.feeKind() == null ? "" : flat.feeKind().name(),
                flat.discountTarget() == null ? "" : flat.discountTarget().name(),
                String.valueOf(flat.taxable()),
                String.valueOf(version));
    }

    public Line.Kind lineKind() {
        return Line.Kind.valueOf(kind);
    }

    /** The line this form describes, by its kind; fields its kind does not use are left out. */
    public LineDraft draft() {
        String text = RepairOrderForms.blankToNull(description);
        Boolean taxed = taxable == null || taxable.isBlank() ? null : Boolean.valueOf(taxable);
        return switch (lineKind()) {
            case LABOR ->
                LineDraft.labor(
                        text,
                        hours,
                        rate,
                        laborRateId == null || laborRateId.isBlank()
                                ? null
                                : new LaborRateId(UUID.fromString(laborRateId)),
                        amount,
                        taxed);
            case PART ->
                LineDraft.part(
                        text,
                        RepairOrderForms.blankToNull(partNumber),
                        condition == null || condition.isBlank() ? null : PartLine.Condition.valueOf(condition),
                        quantity,
                        unitCost,
                        unitPrice,
                        taxed);
            case FEE ->
                LineDraft.fee(
                        text,
                        feeKind == null || feeKind.isBlank() ? null : Line.FeeKind.valueOf(feeKind),
                        percent,
                        cap,
                        amount,
                        unitCost,
                        taxed);
            case DISCOUNT ->
                LineDraft.discount(
                        text,
                        discountTarget == null || discountTarget.isBlank()
                                ? null
                                : Line.TaxClass.valueOf(discountTarget),
                        percent,
                        amount);
        };
    }

    public LineForm withVersion(int current) {
        return new LineForm(
                kind,
                description,
                partNumber,
                condition,
                quantity,
                unitCost,
                unitPrice,
                hours,
                laborRateId,
                rate,
                amount,
                percent,
                cap,
                feeKind,
                discountTarget,
                taxable,
                String.valueOf(current));
    }
}
