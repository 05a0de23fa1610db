package app.pitwall.repairorders;

import app.pitwall.platform.CardNumbers;
import app.pitwall.platform.InvalidInputException;
import java.math.BigDecimal;

/** The checks line items share: text, positive and non-negative numbers with bounded precision, percentages. */
final class LineRules {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private LineRules() {}

    static String description(String description) {
        require(description != null && !description.isBlank(), "description", "required");
        require(description.length() <= 300, "description", "at most 300 characters");
        require(!CardNumbers.containsCardNumber(description), "description", "looks like a payment card number");
        return description;
    }

    static String partNumber(String partNumber) {
        require(partNumber == null || partNumber.length() <= 60, "partNumber", "at most 60 characters");
        require(!CardNumbers.containsCardNumber(partNumber), "partNumber", "looks like a payment card number");
        return partNumber;
    }

    static void percentage(BigDecimal percent) {
        require(percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0, "percent", "must be between 0 and 100");
        require(percent.stripTrailingZeros().scale() <= 4, "percent", "at most 4 decimal places");
    }

    static void positive(BigDecimal value, String field, BigDecimal max, int scale) {
        if (value != null) {
            require(value.signum() > 0, field, "must be more than 0");
            require(value.compareTo(max) <= 0, field, "must be at most " + max.toPlainString());
            require(value.stripTrailingZeros().scale() <= scale, field, "at most " + scale + " decimal places");
        }
    }

    static void notNegative(BigDecimal value, String field, int scale) {
        if (value != null) {
            require(value.signum() >= 0, field, "must not be negative");
            require(value.compareTo(MAX_AMOUNT) <= 0, field, "must be at most " + MAX_AMOUNT.toPlainString());
            require(value.stripTrailingZeros().scale() <= scale, field, "at most " + scale + " decimal places");
        }
    }

    static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidInputException(field, message);
        }
    }
}
