package app.pitwall.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * What the front desk types into the search box, drawn from the loaded customers and vehicles of the tenants under
 * test so that most searches find someone: surname fragments and full names, phone digits, e-mail fragments, plate
 * and VIN fragments, one- and two-letter prefixes, and a few misses. The same seed gives the same list, so every
 * mode of the benchmark runs the same searches in the same order.
 *
 * <p>The mix, in percent: surname fragment 25, full name 10, phone digits 20, e-mail fragment 10, plate 15, VIN
 * fragment 10, one or two letters 7, miss 3.
 */
final class SearchTerms {

    /** A search as one tenant's owner types it. */
    record Term(int tenant, String kind, String text) {}

    private SearchTerms() {}

    static List<Term> draw(Connection superuser, List<Integer> tenants, int count, long seed) throws SQLException {
        Random random = new Random(seed);
        List<List<String[]>> people = new ArrayList<>();
        List<List<String[]>> vehicles = new ArrayList<>();
        for (int tenant : tenants) {
            people.add(rows(superuser, tenant, """
                    SELECT coalesce(last_name, company_name), coalesce(first_name, ''), coalesce(emails[1], ''),
                           coalesce(phones[1], '')
                    FROM customer WHERE tenant_id = ? ORDER BY md5(id::text) LIMIT 500""", 4));
            vehicles.add(rows(superuser, tenant, """
                    SELECT coalesce(vin, ''), coalesce(plate, '')
                    FROM vehicle WHERE tenant_id = ? ORDER BY md5(id::text) LIMIT 500""", 2));
        }
        List<Term> terms = new ArrayList<>(count);
        while (terms.size() < count) {
            int index = random.nextInt(tenants.size());
            String[] person = pick(random, people.get(index));
            String[] vehicle = pick(random, vehicles.get(index));
            int dice = random.nextInt(100);
            String kind;
            String text;
            if (dice < 25) {
                kind = "surname fragment";
                text = fragment(random, person[0].toLowerCase(Locale.ROOT), 3, 6);
            } else if (dice < 35) {
                kind = "full name";
                text = person[1].isEmpty() ? person[0] : person[1] + " " + person[0];
            } else if (dice < 55) {
                kind = "phone digits";
                String digits = person[3].replaceAll("[^0-9]", "");
                text = digits.length() < 7 ? "555" : digits.substring(digits.length() - (random.nextBoolean() ? 4 : 7));
            } else if (dice < 65) {
                kind = "e-mail fragment";
                String email = person[2].isEmpty() ? person[0].toLowerCase(Locale.ROOT) + "@" : person[2];
                text = random.nextBoolean()
                        ? email.substring(0, email.indexOf('@') + 1)
                        : fragment(random, email, 4, 9);
            } else if (dice < 80) {
                kind = "plate";
                String plate = vehicle[1].isEmpty() ? "ABC 123" : vehicle[1];
                text = random.nextBoolean() ? plate : fragment(random, plate.replace(" ", ""), 4, 6);
            } else if (dice < 90) {
                kind = "VIN fragment";
                String vin = vehicle[0].isEmpty() ? "1HGCM82633A004352" : vehicle[0];
                text = random.nextInt(4) == 0 ? vin : vin.substring(17 - (random.nextBoolean() ? 6 : 8));
            } else if (dice < 97) {
                kind = "one or two letters";
                text = person[0].substring(0, 1 + random.nextInt(2)).toLowerCase(Locale.ROOT);
            } else {
                kind = "miss";
                text = "zq" + Integer.toString(random.nextInt(100_000), 36) + "x";
            }
            terms.add(new Term(tenants.get(index), kind, text));
        }
        return terms;
    }

    private static String fragment(Random random, String text, int shortest, int longest) {
        if (text.length() <= shortest) {
            return text;
        }
        int length = Math.min(text.length(), shortest + random.nextInt(longest - shortest + 1));
        int start = random.nextInt(text.length() - length + 1);
        return text.substring(start, start + length);
    }

    private static String[] pick(Random random, List<String[]> rows) {
        return rows.get(random.nextInt(rows.size()));
    }

    private static List<String[]> rows(Connection connection, int tenant, String sql, int columns) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            UUID id = SearchDataLoader.tenantId(tenant);
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String[] values = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        values[i] = row.getString(i + 1);
                    }
                    rows.add(values);
                }
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("Tenant " + tenant + " has no data; run bench/load-search-data.sh first");
        }
        return rows;
    }
}
