package app.pitwall.platform.web;

import app.pitwall.platform.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Amounts in an order's currency (with its minor unit, never more) and times on its location's clock, in the reader's
 * language: what the customer's page and the printed documents show.
 */
public final class Formats {

    private final NumberFormat money;
    private final DateTimeFormatter time;
    private final DateTimeFormatter date;

    public Formats(String currency, ZoneId zone, Locale locale) {
        Currency unit = Currency.getInstance(currency);
        int digits = Math.max(unit.getDefaultFractionDigits(), 0);
        money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(unit);
        money.setMinimumFractionDigits(digits);
        money.setMaximumFractionDigits(digits);
        time = dateTimeFormat(zone, locale);
        date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(zone);
    }

    public String money(BigDecimal amount) {
        return amount == null ? null : money.format(amount);
    }

    public String money(Money amount) {
        return amount == null ? null : money.format(amount.amount());
    }

    public String time(Instant instant) {
        return instant == null ? null : time.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? null : date.format(instant);
    }

    /** A moment on a location's clock, as every page and document prints one in the reader's language. */
    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? null : dateTimeFormat(zone, locale).format(instant);
    }

    private static DateTimeFormatter dateTimeFormat(ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
    }

    /** An odometer reading with grouping and its unit, e.g. "123,456 mi"; null for none. */
    public static String odometer(Integer value, String unit, Locale locale) {
        return value == null ? null : NumberFormat.getIntegerInstance(locale).format(value) + " " + unit;
    }

    /** A quantity or a number of hours as typed: {@code 1.50} is {@code 1.5}. */
    public static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
