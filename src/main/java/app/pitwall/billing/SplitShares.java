package app.pitwall.billing;

import static app.pitwall.billing.Splitting.invalid;
import static app.pitwall.billing.Splitting.refused;

import app.pitwall.platform.Money;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.JobId;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.LineId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link Split} checked against the jobs it bills: the payers in order (the customer added last when something is
 * left to them or a deductible goes to them), and which payer gets each job, line or percentage. Refuses a split that
 * names a job or line not billed here, names one twice, names a payer twice, leaves a share with nothing, or whose
 * percentages are not exactly 100.
 */
final class SplitShares {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Split.Basis basis;
    private final List<BillTo> payers = new ArrayList<>();
    private final List<BigDecimal> percents = new ArrayList<>();
    private final Map<JobId, Integer> jobOwners = new HashMap<>();
    private final Map<LineId, Integer> lineOwners = new HashMap<>();

    private SplitShares(Split.Basis basis) {
        this.basis = basis;
    }

    static SplitShares resolve(List<Job> jobs, Split split, BillTo customer) {
        SplitShares shares = new SplitShares(split.basis());
        List<Split.Share> asked = split.shares();
        if (asked.isEmpty()) {
            asked = List.of(new Split.Share(customer, null, null, null));
        }
        if (split.basis() == Split.Basis.WHOLE && asked.size() > 1) {
            throw invalid("shares", "a whole invoice has one payer; split by JOB, LINE or PERCENT for more");
        }
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < asked.size(); i++) {
            Split.Share share = asked.get(i);
            if (!seen.add(share.billTo().key())) {
                throw invalid("shares[" + i + "]", "names a payer another share names too");
            }
            shares.payers.add(share.billTo());
            shares.percents.add(share.percent());
        }
        switch (split.basis()) {
            case WHOLE -> {}
            case JOB -> shares.assignJobs(jobs, asked, customer);
            case LINE -> shares.assignLines(jobs, asked, customer);
            case PERCENT -> shares.checkPercents();
        }
        boolean deductible = shares.payers.stream()
                .anyMatch(p -> p.deductible() != null && p.deductible().signum() > 0);
        if (deductible && shares.customerIndex() < 0) {
            shares.add(customer);
        }
        return shares;
    }

    int size() {
        return payers.size();
    }

    BillTo billTo(int payer) {
        return payers.get(payer);
    }

    /** Whether the payer's invoice shows the line. */
    boolean bills(int payer, Job job, Line line) {
        return switch (basis) {
            case WHOLE -> payer == 0;
            case JOB -> jobOwners.get(job.id()) == payer;
            case LINE -> lineOwners.get(line.id()) == payer;
            case PERCENT -> percent(payer).signum() > 0;
        };
    }

    /** Each payer's part of the line's amount, summing to it exactly. */
    List<Money> of(Job job, Line line, Money amount) {
        if (basis == Split.Basis.PERCENT) {
            List<BigDecimal> weights = new ArrayList<>();
            for (int p = 0; p < size(); p++) {
                weights.add(percent(p));
            }
            return Allocation.of(amount, weights);
        }
        List<Money> parts = new ArrayList<>();
        for (int p = 0; p < size(); p++) {
            parts.add(bills(p, job, line) ? amount : Money.zero(amount.currency()));
        }
        return parts;
    }

    private BigDecimal percent(int payer) {
        BigDecimal percent = percents.get(payer);
        return percent == null ? BigDecimal.ZERO : percent;
    }

    private void assignJobs(List<Job> jobs, List<Split.Share> asked, BillTo customer) {
        Set<JobId> billed = new HashSet<>(jobs.stream().map(Job::id).toList());
        for (int i = 0; i < asked.size(); i++) {
            for (JobId job : asked.get(i).jobs()) {
                if (!billed.contains(job)) {
                    throw refused("Job " + job.value() + " is not billed here: an invoice bills the order's approved"
                            + " jobs not yet on another invoice.");
                }
                if (jobOwners.put(job, i) != null) {
                    throw invalid("shares[" + i + "].jobIds", "names a job another share names too");
                }
            }
        }
        for (Job job : jobs) {
            if (!jobOwners.containsKey(job.id())) {
                jobOwners.put(job.id(), customerOrAdd(customer));
            }
        }
        requireSomethingForEach(new HashSet<>(jobOwners.values()));
    }

    private void assignLines(List<Job> jobs, List<Split.Share> asked, BillTo customer) {
        Set<LineId> billed = new HashSet<>();
        jobs.forEach(job -> job.lines().forEach(line -> billed.add(line.id())));
        for (int i = 0; i < asked.size(); i++) {
            for (LineId line : asked.get(i).lines()) {
                if (!billed.contains(line)) {
                    throw refused("Line " + line.value() + " is not billed here: an invoice bills the lines of the"
                            + " order's approved jobs not yet on another invoice.");
                }
                if (lineOwners.put(line, i) != null) {
                    throw invalid("shares[" + i + "].lineIds", "names a line another share names too");
                }
            }
        }
        for (LineId line : billed) {
            if (!lineOwners.containsKey(line)) {
                lineOwners.put(line, customerOrAdd(customer));
            }
        }
        requireSomethingForEach(new HashSet<>(lineOwners.values()));
    }

    private void checkPercents() {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < percents.size(); i++) {
            BigDecimal percent = percents.get(i);
            String field = "shares[" + i + "].percent";
            if (percent == null) {
                throw invalid(field, "required when splitting by PERCENT");
            }
            if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
                throw invalid(field, "must be more than 0 and at most 100");
            }
            if (percent.stripTrailingZeros().scale() > 2) {
                throw invalid(field, "at most 2 decimal places");
            }
            sum = sum.add(percent);
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw refused("The shares come to " + sum.stripTrailingZeros().toPlainString()
                    + " %; a split by percentage comes to exactly 100 %.");
        }
    }

    private void requireSomethingForEach(Set<Integer> owners) {
        for (int p = 0; p < size(); p++) {
            if (!owners.contains(p)) {
                throw refused("Share " + p + " (" + payers.get(p).name() + ") bills nothing.");
            }
        }
    }

    private int customerOrAdd(BillTo customer) {
        int index = customerIndex();
        return index >= 0 ? index : add(customer);
    }

    private int customerIndex() {
        for (int p = 0; p < size(); p++) {
            if (payers.get(p).party() == BillTo.Party.CUSTOMER) {
                return p;
            }
        }
        return -1;
    }

    private int add(BillTo payer) {
        payers.add(payer);
        percents.add(BigDecimal.ZERO);
        return payers.size() - 1;
    }
}
