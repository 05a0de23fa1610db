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
            Map<String, Object> fields = line.fields();
            fields.remove("unitCost");
            fields.remove("laborRateId");
            fields.put("lineAmount", plain(price.amountOf(line.id())));
            json.append(i == 0 ? "" : ",").append(object(fields));
        }
        Totals totals = price.totals();
        Map<String, Object> sums = new LinkedHashMap<>();
        sums.put("labor", plain(totals.labor()));
        sums.put("parts", plain(totals.parts()));
        sums.put("fees", plain(totals.fees()));
        sums.put("discounts", plain(totals.discounts()));
        sums.put("tax", plain(totals.tax()));
        sums.put("total", plain(totals.total()));
        return json.append("],\"totals\":")
                .append(object(sums))
                .append(",\"currency\":")
                .append(text(currency.getCurrencyCode()))
                .append('}')
                .toString();
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
