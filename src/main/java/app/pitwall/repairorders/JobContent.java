package app.pitwall.repairorders;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical content of a job: what a customer approves. It is the title, every line in order with the fields
 * that make its price and what it comes to, the job's totals and the currency, written as compact JSON with members
 * in a fixed order, absent values left out, numbers as plain decimal strings without trailing zeros and text escaped
 * as RFC 8259 requires. Its SHA-256 (hex) is the job's version hash: any change of price or content changes it. The
 * three Cs and the technician's notes are not part of it, so writing up the work does not void an approval.
 */
public final class JobContent {

    private JobContent() {}

    /** The canonical JSON of a job priced by {@code price}. */
    public static String of(String title, List<Line> lines, JobPrice price, java.util.Currency currency) {
        StringBuilder json =
                new StringBuilder("{\"title\":").append(text(title)).append(",\"lines\":[");
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Map<String, Object> fields = fields(line);
            fields.put("lineAmount", plain(price.amountOf(line.id()).amount()));
            json.append(i == 0 ? "" : ",").append(object(fields));
        }
        Totals totals = price.totals();
        Map<String, Object> sums = new LinkedHashMap<>();
        sums.put("labor", plain(totals.labor().amount()));
        sums.put("parts", plain(totals.parts().amount()));
        sums.put("fees", plain(totals.fees().amount()));
        sums.put("discounts", plain(totals.discounts().amount()));
        sums.put("tax", plain(totals.tax().amount()));
        sums.put("total", plain(totals.total().amount()));
        return json.append("],\"totals\":")
                .append(object(sums))
                .append(",\"currency\":")
                .append(text(currency.getCurrencyCode()))
                .append('}')
                .toString();
    }

    /**
     * A line's fields that make its price, in the order they have always been written (hashes of earlier decisions
     * depend on it): kind, description, part number, quantity, unit price, hours, rate, amount, percent, cap, fee
     * kind, discount target, taxable, and since part conditions (absent when not stated, so that earlier hashes
     * hold) a part's condition. Costs and the labor rate a rate was copied from are the shop's, not part of it.
     * A discount has always been written as taxable.
     */
    private static Map<String, Object> fields(Line line) {
        LineDraft flat = LineDraft.of(line);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", flat.kind().name());
        fields.put("description", flat.description());
        put(fields, "partNumber", flat.partNumber());
        put(fields, "quantity", flat.quantity());
        put(fields, "unitPrice", flat.unitPrice());
        put(fields, "hours", flat.hours());
        put(fields, "rate", flat.rate());
        put(fields, "amount", flat.amount());
        put(fields, "percent", flat.percent());
        put(fields, "cap", flat.cap());
        put(fields, "feeKind", flat.feeKind());
        put(fields, "discountTarget", flat.discountTarget());
        fields.put("taxable", line instanceof DiscountLine || Boolean.TRUE.equals(flat.taxable()));
        put(fields, "condition", flat.condition());
        return fields;
    }

    private static void put(Map<String, Object> fields, String name, Object value) {
        if (value instanceof BigDecimal number) {
            fields.put(name, number.stripTrailingZeros().toPlainString());
        } else if (value instanceof Enum<?> constant) {
            fields.put(name, constant.name());
        } else if (value != null) {
            fields.put(name, value);
        }
    }

    /** SHA-256 of the UTF-8 bytes, as 64 lower-case hex digits. */
    public static String hash(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String object(Map<String, Object> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(text(name)).append(':');
            json.append(value instanceof Boolean flag ? flag.toString() : text(String.valueOf(value)));
        });
        return json.append('}').toString();
    }

    private static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    private static String text(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
