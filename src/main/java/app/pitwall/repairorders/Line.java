package app.pitwall.repairorders;

/**
 * One line item of a job: a sealed family whose members check their own shape when they are made, so that a line
 * that exists is a valid one.
 *
 * <ul>
 *   <li>{@link LaborLine}: hours × rate (the rate copied from a location labor rate, or typed), or a flat amount;
 *   <li>{@link PartLine}: quantity × unit price, with a part number and a unit cost (cost is never shown to customers
 *       or technicians);
 *   <li>{@link FeeLine}: shop supplies as a percent of the job's labor and parts, at most a cap; an environmental fee
 *       or a sublet as an amount (a sublet's cost as its unit cost);
 *   <li>{@link DiscountLine}: a percent of, or an amount off, the labor or parts subtotal.
 * </ul>
 *
 * A line is a value: a change replaces it. Lines are currency-free (a canned job's lines belong to no location);
 * {@link Pricing} checks their money against the order's currency and computes what each comes to. Refusals name
 * the line's attribute ({@code hours}, {@code unitPrice}), the name the API and the pages use too.
 */
public sealed interface Line permits LaborLine, PartLine, FeeLine, DiscountLine {

    LineId id();

    Kind kind();

    String description();

    /** The tax base this line adds to (or, for a discount, takes from); null when exempt. */
    TaxClass taxClass();

    /** The same line under another id (a canned job's line copied onto an order). */
    Line withId(LineId id);

    /** What a line is, as stored and as the API names it. */
    enum Kind {
        LABOR,
        PART,
        FEE,
        DISCOUNT
    }

    /** The three fees a shop charges on a job. */
    enum FeeKind {
        /** Rags, cleaners, small hardware: a percentage of labor and parts, capped. Taxed like parts. */
        SHOP_SUPPLIES,
        /** Disposal of oil, coolant, tyres: a fixed amount. Taxed like parts when taxable (default exempt). */
        ENVIRONMENTAL,
        /** Work bought from another shop: a fixed amount. Taxed like labor. */
        SUBLET
    }

    /** The two tax bases of a job; every taxable amount belongs to one. */
    enum TaxClass {
        LABOR,
        PARTS
    }
}
