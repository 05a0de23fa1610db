package app.pitwall.repairorders;

import app.pitwall.shopsetup.LaborRateId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** How a {@link Line} maps to the columns shared by {@code job_line} and {@code canned_job_line}. */
public final class LineColumns {

    public static final String NAMES = """
            kind, description, part_number, part_condition, quantity, unit_cost, unit_price, hours, rate, amount, percent, cap,
            fee_kind, discount_target, taxable""";
    public static final String VALUES = """
            :kind, :description, :partNumber, :partCondition, :quantity, :unitCost, :unitPrice, :hours, :rate, :amount, :percent, :cap,
            :feeKind, :discountTarget, :taxable""";
    public static final String UPDATES = """
            kind = EXCLUDED.kind, description = EXCLUDED.description, part_number = EXCLUDED.part_number,
            part_condition = EXCLUDED.part_condition,
            quantity = EXCLUDED.quantity, unit_cost = EXCLUDED.unit_cost, unit_price = EXCLUDED.unit_price,
            hours = EXCLUDED.hours, rate = EXCLUDED.rate, amount = EXCLUDED.amount, percent = EXCLUDED.percent,
            cap = EXCLUDED.cap, fee_kind = EXCLUDED.fee_kind, discount_target = EXCLUDED.discount_target,
            taxable = EXCLUDED.taxable""";

    private LineColumns() {}

    public static MapSqlParameterSource parameters(Line line) {
        LineDraft flat = LineDraft.of(line);
        return new MapSqlParameterSource()
                .addValue("id", line.id().value())
                .addValue("kind", line.kind().name())
                .addValue("description", line.description())
                .addValue("partNumber", flat.partNumber())
                .addValue(
                        "partCondition",
                        flat.condition() == null ? null : flat.condition().name())
                .addValue("quantity", flat.quantity())
                .addValue("unitCost", flat.unitCost())
                .addValue("unitPrice", flat.unitPrice())
                .addValue("hours", flat.hours())
                .addValue("rate", flat.rate())
                .addValue(
                        "laborRate",
                        flat.laborRateId() == null ? null : flat.laborRateId().value())
                .addValue("amount", flat.amount())
                .addValue("percent", flat.percent())
                .addValue("cap", flat.cap())
                .addValue(
                        "feeKind",
                        flat.feeKind() == null ? null : flat.feeKind().name())
                .addValue(
                        "discountTarget",
                        flat.discountTarget() == null
                                ? null
                                : flat.discountTarget().name())
                .addValue("taxable", flat.taxable());
    }

    public static Line line(ResultSet row, boolean withLaborRate) throws SQLException {
        UUID laborRate = withLaborRate ? row.getObject("labor_rate_id", UUID.class) : null;
        String feeKind = row.getString("fee_kind");
        String target = row.getString("discount_target");
        String condition = row.getString("part_condition");
        LineDraft stored = new LineDraft(
                Line.Kind.valueOf(row.getString("kind")),
                row.getString("description"),
                row.getString("part_number"),
                condition == null ? null : PartLine.Condition.valueOf(condition),
                row.getBigDecimal("quantity"),
                row.getBigDecimal("unit_cost"),
                row.getBigDecimal("unit_price"),
                row.getBigDecimal("hours"),
                row.getBigDecimal("rate"),
                laborRate == null ? null : new LaborRateId(laborRate),
                row.getBigDecimal("amount"),
                row.getBigDecimal("percent"),
                row.getBigDecimal("cap"),
                feeKind == null ? null : Line.FeeKind.valueOf(feeKind),
                target == null ? null : Line.TaxClass.valueOf(target),
                row.getBoolean("taxable"));
        Line line = stored.toLine(new LineId(row.getObject("id", UUID.class)), null, null);
        return line instanceof LaborLine labor && laborRate != null
                ? labor.withRate(labor.rate(), new LaborRateId(laborRate))
                : line;
    }
}
