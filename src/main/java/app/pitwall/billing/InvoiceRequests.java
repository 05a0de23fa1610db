package app.pitwall.billing;

import app.pitwall.repairorders.JobId;
import app.pitwall.repairorders.LineId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** What staff ask of billing, as the service takes it: payers by reference, amounts as typed. */
public final class InvoiceRequests {

    private InvoiceRequests() {}

    /**
     * Draft the invoices of an order, split as asked (no shares: everything to the customer).
     *
     * @param shares each payer's part; a share names its {@code party} (CUSTOMER or SHOP) or a directory {@code payerId}
     */
    public record Draft(Split.Basis basis, List<Share> shares, String notes) {

        public Draft {
            shares = shares == null ? List.of() : List.copyOf(shares);
        }
    }

    /** One payer's part, with an insurer's claim and deductible. */
    public record Share(
            BillTo.Party party,
            PayerId payerId,
            Set<JobId> jobIds,
            Set<LineId> lineIds,
            BigDecimal percent,
            String claimNumber,
            String policyNumber,
            String adjuster,
            BigDecimal deductible) {}

    /**
     * Credit a posted invoice: the whole of it (neither lines nor amount), some of its lines by position, or an
     * amount of its total; with a reason, and optionally reopening the order for correction.
     */
    public record Credit(List<Integer> linePositions, BigDecimal amount, String reason, boolean reopen) {

        public Credit {
            linePositions = linePositions == null ? List.of() : List.copyOf(linePositions);
        }
    }
}
