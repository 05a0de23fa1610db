package app.pitwall.billing.internal;

import app.pitwall.billing.BillTo;
import app.pitwall.billing.Invoice;
import app.pitwall.billing.InvoiceAmounts;
import app.pitwall.billing.InvoiceId;
import app.pitwall.billing.InvoiceLine;
import app.pitwall.billing.Payer;
import app.pitwall.billing.PayerId;
import app.pitwall.platform.Money;
import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.RepairOrderId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.UUID;

/** How the columns of {@code invoice} and {@code invoice_line} become documents and lines. */
final class InvoiceColumns {

    private InvoiceColumns() {}

    /** A stored document without its lines yet: {@code InvoiceRows} reads them. */
    record Stored(
            Invoice.Header header,
            BillTo billTo,
            InvoiceAmounts amounts,
            String notes,
            String reason,
            Invoice.Status status,
            Invoice.Numbering numbering,
            int version) {}

    static Stored stored(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        Invoice.Header header = new Invoice.Header(
                new TenantId(rs.getObject("tenant_id", UUID.class)),
                new InvoiceId(rs.getObject("id", UUID.class)),
                Invoice.Document.valueOf(rs.getString("document")),
                new RepairOrderId(rs.getObject("repair_order_id", UUID.class)),
                rs.getLong("order_number"),
                rs.getObject("location_id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getObject("vehicle_id", UUID.class),
                rs.getObject("split_group", UUID.class),
                rs.getBoolean("progress"),
                rs.getObject("credits_invoice", UUID.class) == null
                        ? null
                        : new InvoiceId(rs.getObject("credits_invoice", UUID.class)),
                rs.getTimestamp("created_at").toInstant(),
                rs.getObject("created_by", UUID.class));
        BigDecimal deductible = rs.getBigDecimal("deductible");
        BillTo.Party party = BillTo.Party.valueOf(rs.getString("payer_party"));
        BillTo.Claim claim = party == BillTo.Party.INSURANCE
                ? new BillTo.Claim(
                        rs.getString("claim_number"),
                        rs.getString("policy_number"),
                        rs.getString("adjuster"),
                        deductible == null ? null : money(deductible, currency))
                : null;
        UUID payer = rs.getObject("payer_id", UUID.class);
        BillTo billTo = new BillTo(
                party,
                payer == null ? null : new PayerId(payer),
                rs.getString("payer_name"),
                rs.getBoolean("payer_exempt"),
                Payer.Terms.valueOf(rs.getString("terms")),
                claim,
                rs.getString("tax_exemption_certificate"));
        InvoiceAmounts amounts = new InvoiceAmounts(
                money(rs.getBigDecimal("labor"), currency),
                money(rs.getBigDecimal("parts"), currency),
                money(rs.getBigDecimal("fees"), currency),
                money(rs.getBigDecimal("discounts"), currency),
                money(rs.getBigDecimal("adjustments"), currency),
                money(rs.getBigDecimal("labor_tax"), currency),
                money(rs.getBigDecimal("parts_tax"), currency),
                money(rs.getBigDecimal("fees_tax"), currency),
                money(rs.getBigDecimal("exempted_tax"), currency),
                money(rs.getBigDecimal("total"), currency));
        Invoice.Status status = Invoice.Status.valueOf(rs.getString("status"));
        Invoice.Numbering numbering = status == Invoice.Status.POSTED
                ? new Invoice.Numbering(
                        rs.getString("number"),
                        rs.getObject("series_scope", UUID.class),
                        rs.getLong("sequence"),
                        rs.getTimestamp("posted_at").toInstant(),
                        rs.getObject("posted_by", UUID.class),
                        rs.getObject("due_on", java.time.LocalDate.class))
                : null;
        return new Stored(
                header,
                billTo,
                amounts,
                rs.getString("notes"),
                rs.getString("reason"),
                status,
                numbering,
                rs.getInt("version"));
    }

    static InvoiceLine line(ResultSet rs, Currency currency) throws SQLException {
        return new InvoiceLine(
                rs.getInt("position"),
                rs.getObject("job_id", UUID.class),
                rs.getObject("source_line_id", UUID.class),
                InvoiceLine.Kind.valueOf(rs.getString("kind")),
                rs.getString("description"),
                rs.getString("part_number"),
                rs.getString("part_condition"),
                rs.getBigDecimal("quantity"),
                rs.getString("tax_kind") == null ? null : InvoiceLine.TaxKind.valueOf(rs.getString("tax_kind")),
                money(rs.getBigDecimal("amount"), currency),
                rs.getInt("credits"));
    }

    private static Money money(BigDecimal stored, Currency currency) {
        return new Money(stored.setScale(Money.scale(currency), java.math.RoundingMode.UNNECESSARY), currency);
    }
}
