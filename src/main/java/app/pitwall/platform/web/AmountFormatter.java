package app.pitwall.platform.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Set;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

/** Reads and writes {@link Amount} fields: see there. */
final class AmountFormatter implements Formatter<BigDecimal> {

    private static final int LONGEST = 40;

    @Override
    public BigDecimal parse(String text, Locale locale) throws ParseException {
        String kept = withoutSymbols(text);
        if (kept.isEmpty()) {
            return null;
        }
        if (kept.length() > LONGEST) {
            throw new ParseException("Too long for an amount", 0);
        }
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(locale));
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Number parsed = format.parse(kept, position);
        if (parsed == null || position.getIndex() != kept.length()) {
            throw new ParseException("Not an amount: " + text, position.getErrorIndex());
        }
        return (BigDecimal) parsed;
    }

    @Override
    public String print(BigDecimal amount, Locale locale) {
        return amount.stripTrailingZeros().toPlainString();
    }

    /** The text without currency signs and spaces (a non-breaking one is a group separator in some locales). */
    private static String withoutSymbols(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> Character.getType(c) != Character.CURRENCY_SYMBOL)
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Applies the formatter to fields marked {@link Amount}. */
    static final class Factory implements AnnotationFormatterFactory<Amount> {

        private final AmountFormatter formatter = new AmountFormatter();

        @Override
        public Set<Class<?>> getFieldTypes() {
            return Set.of(BigDecimal.class);
        }

        @Override
        public Printer<?> getPrinter(Amount annotation, Class<?> fieldType) {
            return formatter;
        }

        @Override
        public Parser<?> getParser(Amount annotation, Class<?> fieldType) {
            return formatter;
        }
    }
}
