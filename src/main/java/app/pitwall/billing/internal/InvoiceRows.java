package app.pitwall.billing.internal;

import app.pitwall.access.Scope;
import app.pitwall.billing.BillTo;
import app.pitwall.billing.Invoice;
import app.pitwall.billing.InvoiceAmounts;
import app.pitwall.billing.InvoiceId;
import app.pitwall.billing.InvoiceLine;
import app.pitwall.billing.InvoiceQuery;
import app.pitwall.billing.Payer;
import app.pitwall.billing.PayerId;
import app.pitwall.platform.Money;
import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.RepairOrderId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invoices, credit notes and their lines in PostgreSQL; every statement names the tenant and the actor's locations. */
@Repository
class InvoiceRows {

    static final String SCOPED = """
            tenant_id = :tenant
            AND (CAST(:locations AS uuid[]) IS NULL OR location_id = ANY (CAST(:locations AS uuid[])))""";

    private final JdbcClient jdbc;

    InvoiceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Invoice> find(Scope scope, InvoiceId id, boolean forUpdate) {
        return jdbc.sql("SELECT * FROM invoice WHERE " + SCOPED + " AND id = :id" + (forUpdate ? " FOR UPDATE" : ""))
                .param("tenant", scope.tenant().value())
                .param("locations", scope.locations())
                .param("id", id.value())
                .query((rs, row) -> header(rs))
                .optional()
                .map(this::withLines);
    }

    /** The documents of an order, oldest first. */
    List<Invoice> ofOrder(TenantId tenant, RepairOrderId order) {
        return jdbc.sql("SELECT * FROM invoice WHERE tenant_id = ? AND repair_order_id = ? ORDER BY created_at, id")
                .params(tenant.value(), order.value())
                .query((rs, row) -> header(rs))
                .list()
                .stream()
                .map(this::withLines)
                .toList();
    }

    List<Invoice> ofGroup(Scope scope, UUID group) {
        return jdbc.sql("SELECT * FROM invoice WHERE " + SCOPED + " AND split_group = :group ORDER BY created_at, id")
                .param("tenant", scope.tenant().value())
                .param("locations", scope.locations())
                .param("group", group)
                .query((rs, row) -> header(rs))
                .list()
                .stream()
                .map(this::withLines)
                .toList();
    }

    /** Credit notes posted against an invoice. */
    List<Invoice> creditsOf(TenantId tenant, InvoiceId invoice) {
        return jdbc.sql("SELECT * FROM invoice WHERE tenant_id = ? AND credits_invoice = ? ORDER BY created_at, id")
                .params(tenant.value(), invoice.value())
                .query((rs, row) -> header(rs))
                .list()
                .stream()
                .map(this::withLines)
                .toList();
    }

    /** Up to {@code limit} documents after the position given, newest first. */
    List<Invoice> list(Scope scope, InvoiceQuery query, int limit, Instant beforeAt, UUID beforeId) {
        return jdbc.sql("SELECT * FROM invoice WHERE " + SCOPED + """
                          AND (CAST(:status AS text) IS NULL OR status = CAST(:status AS text))
                          AND (CAST(:payer AS uuid) IS NULL OR payer_id = CAST(:payer AS uuid))
                          AND (CAST(:party AS text) IS NULL OR payer_party = CAST(:party AS text))
                          AND (CAST(:from AS timestamptz) IS NULL OR coalesce(posted_at, created_at) >= CAST(:from AS timestamptz))
                          AND (CAST(:to AS timestamptz) IS NULL OR coalesce(posted_at, created_at) < CAST(:to AS timestamptz))
                          AND (CAST(:beforeAt AS timestamptz) IS NULL
                               OR (created_at, id) < (CAST(:beforeAt AS timestamptz), CAST(:beforeId AS uuid)))
                        ORDER BY created_at DESC, id DESC
                        LIMIT :limit""")
                .param("tenant", scope.tenant().value())
                .param("locations", scope.locations())
                .param("status", query.status() == null ? null : query.status().name())
                .param("payer", query.payer() == null ? null : query.payer().value())
                .param("party", query.party() == null ? null : query.party().name())
                .param("from", query.from() == null ? null : Timestamp.from(query.from().atStartOfDay(ZoneOffset.UTC).toInstant()))
                .param("to", query.to() == null ? null : Timestamp.from(query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .param("beforeAt", beforeAt == null ? null : Timestamp.from(beforeAt))
                .param("beforeId", beforeId)
                .param("limit", limit)
                .query((rs, row) -> header(rs))
                .list()
                .stream()
                .map(this::withLines)
                .toList();
    }

    void insert(Invoice invoice) {
        Invoice.Header h = invoice.header();
        Map<String, Object> params = new HashMap<>(amounts(invoice));
        BillTo to = invoice.billTo();
        params.put("tenant", h.tenantId().value());
        params.put("id", h.id().value());
        params.put("document", h.document().name());
        params.put("order", h.orderId().value());
        params.put("orderNumber", h.orderNumber());
        params.put("location", h.locationId());
        params.put("customer", h.customerId());
        params.put("vehicle", h.vehicleId());
        params.put("group", h.splitGroup());
        params.put("progress", h.progress());
        params.put("credits", h.credits() == null ? null : h.credits().value());
        params.put("party", to.party().name());
        params.put("payer", to.payerUuid());
        params.put("payerName", to.name());
        params.put("exempt", to.taxExempt());
        params.put("terms", to.terms().name());
        params.put("claim", to.claim() == null ? null : to.claim().claimNumber());
        params.put("policy", to.claim() == null ? null : to.claim().policyNumber());
        params.put("adjuster", to.claim() == null ? null : to.claim().adjuster());
        params.put("deductible", to.deductible() == null ? null : to.deductible().amount());
        params.put("currency", invoice.amounts().currency().getCurrencyCode());
        params.put("notes", invoice.notes());
        params.put("reason", invoice.reason());
        params.put("createdAt", Timestamp.from(h.createdAt()));
        params.put("createdBy", h.createdBy());
        jdbc.sql("""
                        INSERT INTO invoice (tenant_id, id, document, status, repair_order_id, order_number, location_id,
                            customer_id, vehicle_id, split_group, progress, credits_invoice, payer_party, payer_id,
                            payer_name, payer_exempt, terms, claim_number, policy_number, adjuster, deductible,
                            currency, labor, parts, fees, discounts, adjustments, labor_tax, parts_tax, fees_tax,
                            exempted_tax, total, notes, reason, created_at, created_by)
                        VALUES (:tenant, :id, :document, 'DRAFT', :order, :orderNumber, :location, :customer, :vehicle,
                            :group, :progress, :credits, :party, :payer, :payerName, :exempt, :terms, :claim, :policy,
                            :adjuster, :deductible, :currency, :labor, :parts, :fees, :discounts, :adjustments,
                            :laborTax, :partsTax, :feesTax, :exemptedTax, :total, :notes, :reason, :createdAt,
                            :createdBy)""")
                .params(params)
                .update();
        for (InvoiceLine line : invoice.lines()) {
            jdbc.sql("""
                            INSERT INTO invoice_line (tenant_id, invoice_id, position, job_id, source_line_id, kind,
                                description, part_number, quantity, tax_kind, amount, credits)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            h.tenantId().value(),
                            h.id().value(),
                            line.position(),
                            line.jobId(),
                            line.sourceLineId(),
                            line.kind().name(),
                            line.description(),
                            line.partNumber(),
                            line.quantity(),
                            line.taxKind() == null ? null : line.taxKind().name(),
                            line.amount().amount(),
                            line.credits())
                    .update();
        }
    }

    void updateNotes(Invoice invoice) {
        jdbc.sql("UPDATE invoice SET notes = ?, version = ? WHERE tenant_id = ? AND id = ? AND status = 'DRAFT'")
                .params(invoice.notes(), invoice.version(), invoice.tenantId().value(), invoice.id().value())
                .update();
    }

    void posted(Invoice invoice) {
        Invoice.Numbering n = invoice.numbering();
        jdbc.sql("""
                        UPDATE invoice SET status = 'POSTED', number = ?, series_scope = ?, sequence = ?, posted_at = ?,
                            posted_by = ?, due_on = ?, version = ?
                        WHERE tenant_id = ? AND id = ? AND status = 'DRAFT'""")
                .params(
                        n.number(),
                        n.scope(),
                        n.sequence(),
                        Timestamp.from(n.postedAt()),
                        n.postedBy(),
                        n.dueOn(),
                        invoice.version(),
                        invoice.tenantId().value(),
                        invoice.id().value())
                .update();
    }

    void delete(Invoice invoice) {
        jdbc.sql("DELETE FROM invoice WHERE tenant_id = ? AND id = ? AND status = 'DRAFT'")
                .params(invoice.tenantId().value(), invoice.id().value())
                .update();
    }

    private static Map<String, Object> amounts(Invoice invoice) {
        InvoiceAmounts a = invoice.amounts();
        Map<String, Object> params = new HashMap<>();
        params.put("labor", a.labor().amount());
        params.put("parts", a.parts().amount());
        params.put("fees", a.fees().amount());
        params.put("discounts", a.discounts().amount());
        params.put("adjustments", a.adjustments().amount());
        params.put("laborTax", a.laborTax().amount());
        params.put("partsTax", a.partsTax().amount());
        params.put("feesTax", a.feesTax().amount());
        params.put("exemptedTax", a.exemptedTax().amount());
        params.put("total", a.total().amount());
        return params;
    }

    /** A stored document without its lines yet: {@link #withLines} reads them. */
    private record ResultSetRow(
            Invoice.Header header,
            BillTo billTo,
            InvoiceAmounts amounts,
            String notes,
            String reason,
            Invoice.Status status,
            Invoice.Numbering numbering,
            int version) {}

    private ResultSetRow header(ResultSet rs) throws SQLException {
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
                claim);
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
        return new ResultSetRow(
                header, billTo, amounts, rs.getString("notes"), rs.getString("reason"), status, numbering,
                rs.getInt("version"));
    }

    private Invoice withLines(ResultSetRow row) {
        Currency currency = row.amounts().currency();
        List<InvoiceLine> lines = new ArrayList<>(jdbc.sql("""
                        SELECT * FROM invoice_line WHERE tenant_id = ? AND invoice_id = ? ORDER BY position""")
                .params(row.header().tenantId().value(), row.header().id().value())
                .query((rs, n) -> new InvoiceLine(
                        rs.getInt("position"),
                        rs.getObject("job_id", UUID.class),
                        rs.getObject("source_line_id", UUID.class),
                        InvoiceLine.Kind.valueOf(rs.getString("kind")),
                        rs.getString("description"),
                        rs.getString("part_number"),
                        rs.getBigDecimal("quantity"),
                        rs.getString("tax_kind") == null ? null : InvoiceLine.TaxKind.valueOf(rs.getString("tax_kind")),
                        money(rs.getBigDecimal("amount"), currency),
                        rs.getInt("credits")))
                .list());
        return Invoice.restore(
                row.header(), row.billTo(), lines, row.amounts(), row.notes(), row.reason(), row.status(),
                row.numbering(), row.version());
    }

    private static Money money(BigDecimal stored, Currency currency) {
        return new Money(stored.setScale(Money.scale(currency), java.math.RoundingMode.UNNECESSARY), currency);
    }
}
