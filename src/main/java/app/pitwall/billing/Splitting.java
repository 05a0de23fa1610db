package app.pitwall.billing;

import app.pitwall.billing.InvoiceLine.TaxKind;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.Money;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.repairorders.DiscountLine;
import app.pitwall.repairorders.FeeLine;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.JobPrice;
import app.pitwall.repairorders.LaborLine;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.PartLine;
import app.pitwall.repairorders.Pricing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Turns the billed jobs of a repair order and a {@link Split} into one invoice per share, reusing the order's own
 * pricing (each line's amount and each job's tax as the order computed them), so that the invoices of an order always
 * come to its billed total to the minor unit: every line's amount is divided between payers exactly, and every job's
 * tax too.
 *
 * <p><b>The rounding rule of invoices.</b> Nothing is rounded anew. A job's tax, rounded once by {@link Pricing}, is
 * divided into its three taxes (labor, parts, fees) by their exact amounts, and each of those between the payers by
 * their share of its taxable base (their taxable lines less their discounts of that kind), both with {@link
 * Allocation} (largest remainder, ties to the earlier share). A percentage split divides each line's amount the same
 * way. An exempt payer's tax is kept as its exempted tax instead: the invoices plus their exempted tax are the billed
 * total. An insurer's deductible is subtracted from its invoice and added to the customer's (made if the split has
 * none).
 */
public final class Splitting {

    private final Pricing pricing;
    private final Currency currency;

    private Splitting(Pricing pricing) {
        this.pricing = pricing;
        this.currency = pricing.currency();
    }

    /** One drafted invoice: its payer, lines and amounts. */
    public record Drafted(BillTo billTo, List<InvoiceLine> lines, InvoiceAmounts amounts) {}

    /**
     * The invoices of these jobs split as asked; {@code customer} is the order's customer as a payer, for what no share
     * names and for deductibles.
     */
    public static List<Drafted> split(Pricing pricing, List<Job> jobs, Split split, BillTo customer) {
        return new Splitting(pricing).divide(jobs, SplitShares.resolve(jobs, split, customer));
    }

    private List<Drafted> divide(List<Job> jobs, SplitShares shares) {
        int payers = shares.size();
        List<List<InvoiceLine>> lines = new ArrayList<>();
        List<InvoiceAmounts.Taxes> taxes = new ArrayList<>();
        List<Money> exempted = new ArrayList<>();
        for (int p = 0; p < payers; p++) {
            lines.add(new ArrayList<>());
            taxes.add(InvoiceAmounts.Taxes.zero(currency));
            exempted.add(Money.zero(currency));
        }
        for (Job job : jobs) {
            JobPrice price = job.price();
            List<List<Money>> lineShares = new ArrayList<>();
            for (Line line : job.lines()) {
                List<Money> parts = shares.of(job, line, price.amountOf(line.id()));
                lineShares.add(parts);
                for (int p = 0; p < payers; p++) {
                    if (shares.bills(p, job, line)) {
                        lines.get(p).add(copy(job, line, parts.get(p)));
                    }
                }
            }
            List<Money> kindTaxes = Allocation.of(price.totals().tax(), exactTaxes(job));
            for (TaxKind kind : TaxKind.values()) {
                Money kindTax = kindTaxes.get(kind.ordinal());
                List<Money> perPayer = Allocation.of(kindTax, taxWeights(job, lineShares, kind, payers, kindTax));
                for (int p = 0; p < payers; p++) {
                    if (shares.billTo(p).taxExempt()) {
                        exempted.set(p, exempted.get(p).plus(perPayer.get(p)));
                    } else {
                        taxes.set(p, taxes.get(p).plus(kind, perPayer.get(p)));
                    }
                }
            }
        }
        List<Drafted> drafted = new ArrayList<>();
        for (int p = 0; p < payers; p++) {
            drafted.add(drafted(shares.billTo(p), lines.get(p), taxes.get(p), exempted.get(p)));
        }
        return Deductibles.apply(drafted, currency);
    }

    private Drafted drafted(BillTo billTo, List<InvoiceLine> lines, InvoiceAmounts.Taxes taxes, Money exempted) {
        List<InvoiceLine> numbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            numbered.add(lines.get(i).at(i + 1));
        }
        return new Drafted(billTo, numbered, InvoiceAmounts.of(currency, numbered, taxes, exempted));
    }

    /** The job's three taxes exactly, before the one rounding of its tax: each taxable base times its rate. */
    private List<BigDecimal> exactTaxes(Job job) {
        JobPrice price = job.price();
        BigDecimal fees = BigDecimal.ZERO;
        if (pricing.feesTaxRate() != null) {
            for (Line line : job.lines()) {
                if (line instanceof FeeLine && line.taxClass() != null) {
                    fees = fees.add(price.amountOf(line.id()).amount());
                }
            }
        }
        return List.of(
                price.laborTaxBase().amount().multiply(pricing.laborTaxRate()),
                price.partsTaxBase().amount().multiply(pricing.partsTaxRate()),
                pricing.feesTaxRate() == null ? BigDecimal.ZERO : fees.multiply(pricing.feesTaxRate()));
    }

    /**
     * Each payer's weight in one tax of a job: its taxable lines of that kind less its discounts of that kind, never
     * below zero; when discounts leave every payer at zero, its taxable lines alone.
     */
    private List<BigDecimal> taxWeights(Job job, List<List<Money>> lineShares, TaxKind kind, int payers, Money tax) {
        List<BigDecimal> net = new ArrayList<>();
        List<BigDecimal> gross = new ArrayList<>();
        for (int p = 0; p < payers; p++) {
            BigDecimal taxable = BigDecimal.ZERO, discounts = BigDecimal.ZERO;
            for (int i = 0; i < job.lines().size(); i++) {
                Line line = job.lines().get(i);
                BigDecimal amount = lineShares.get(i).get(p).amount();
                if (taxKind(line) != kind) {
                    continue;
                }
                if (line instanceof DiscountLine) {
                    discounts = discounts.add(amount);
                } else {
                    taxable = taxable.add(amount);
                }
            }
            net.add(taxable.subtract(discounts).max(BigDecimal.ZERO));
            gross.add(taxable);
        }
        boolean anyNet = net.stream().anyMatch(w -> w.signum() > 0);
        if (tax.isZero() || anyNet) {
            return net;
        }
        return gross;
    }

    /** The tax a line adds to (or a discount takes from), null when untaxed. */
    TaxKind taxKind(Line line) {
        if (line instanceof DiscountLine discount) {
            return discount.discountTarget() == Line.TaxClass.LABOR ? TaxKind.LABOR : TaxKind.PARTS;
        }
        if (line.taxClass() == null) {
            return null;
        }
        if (line instanceof FeeLine && pricing.feesTaxRate() != null) {
            return TaxKind.FEES;
        }
        return line.taxClass() == Line.TaxClass.LABOR ? TaxKind.LABOR : TaxKind.PARTS;
    }

    private InvoiceLine copy(Job job, Line line, Money amount) {
        InvoiceLine.Kind kind;
        String partNumber = null;
        BigDecimal quantity = null;
        if (line instanceof LaborLine labor) {
            kind = InvoiceLine.Kind.LABOR;
            quantity = labor.hours();
        } else if (line instanceof PartLine part) {
            kind = InvoiceLine.Kind.PART;
            partNumber = part.partNumber();
            quantity = part.quantity();
        } else if (line instanceof FeeLine) {
            kind = InvoiceLine.Kind.FEE;
        } else {
            kind = InvoiceLine.Kind.DISCOUNT;
        }
        return new InvoiceLine(
                0,
                job.id().value(),
                line.id().value(),
                kind,
                line.description(),
                partNumber,
                quantity,
                taxKind(line),
                amount,
                0);
    }

    static ConflictException refused(String detail) {
        return new ConflictException(ProblemType.SPLIT_INVALID, detail);
    }

    static InvalidInputException invalid(String field, String detail) {
        return new InvalidInputException(field, detail);
    }
}
