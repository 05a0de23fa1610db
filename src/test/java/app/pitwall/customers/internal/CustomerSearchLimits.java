package app.pitwall.customers.internal;

/** The search's package-private limits, for tests in other packages. */
public final class CustomerSearchLimits {

    /** How many matches a substring search collects before it walks the listing. */
    public static final int COLLECTED = CustomerSearch.COLLECTED;

    private CustomerSearchLimits() {}
}
