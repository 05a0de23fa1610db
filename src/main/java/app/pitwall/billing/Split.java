package app.pitwall.billing;

import app.pitwall.repairorders.JobId;
import app.pitwall.repairorders.LineId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * How an order's bill is divided between payers, as the advisor asks: everything to the customer ({@link
 * Basis#WHOLE}), whole jobs or single lines to each payer (what no share names goes to the customer), or a percentage
 * of every line to each payer (the percentages come to exactly 100). Each share becomes its own invoice.
 */
public record Split(Basis basis, List<Share> shares) {

    /** What a share is made of. */
    public enum Basis {
        WHOLE,
        JOB,
        LINE,
        PERCENT
    }

    /** One payer's part: the jobs, the lines, or the percentage it pays. */
    public record Share(BillTo billTo, Set<JobId> jobs, Set<LineId> lines, BigDecimal percent) {

        public Share {
            jobs = jobs == null ? Set.of() : Set.copyOf(jobs);
            lines = lines == null ? Set.of() : Set.copyOf(lines);
        }
    }

    public Split {
        basis = basis == null ? Basis.WHOLE : basis;
        shares = shares == null ? List.of() : List.copyOf(shares);
    }

    /** Everything to one payer. */
    public static Split whole(BillTo billTo) {
        return new Split(Basis.WHOLE, List.of(new Share(billTo, null, null, null)));
    }
}
