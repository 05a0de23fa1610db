package app.pitwall.customers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The manufacturer behind a VIN's world manufacturer identifier (WMI), from the table bundled as {@code vin/wmi.csv}.
 *
 * <p>A VIN is looked up by its first three characters, then by its first two for the prefixes a single maker holds.
 * The bundled table is read once, on first use, and is immutable afterwards, so lookups are safe from any thread. A
 * malformed or duplicated row fails the load rather than being skipped.
 */
final class WorldManufacturers {

    private static final String RESOURCE = "/vin/wmi.csv";
    private static final Pattern WMI = Pattern.compile("[A-HJ-NPR-Z0-9]{2,3}");

    private final Map<String, String> byWmi;

    private WorldManufacturers(Map<String, String> byWmi) {
        this.byWmi = Map.copyOf(byWmi);
    }

    /** The table bundled with Pitwall. */
    static WorldManufacturers bundled() {
        return Bundled.INSTANCE;
    }

    /** The manufacturer of a normalized VIN of at least three characters, if its WMI is in the table. */
    Optional<String> of(String vin) {
        String manufacturer = byWmi.get(vin.substring(0, 3));
        return Optional.ofNullable(manufacturer != null ? manufacturer : byWmi.get(vin.substring(0, 2)));
    }

    int size() {
        return byWmi.size();
    }

    static WorldManufacturers read(InputStream csv) throws IOException {
        Map<String, String> byWmi = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        reader.readLine();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split(",", 2);
            if (columns.length != 2 || !WMI.matcher(columns[0].strip()).matches() || columns[1].isBlank()) {
                throw new IllegalStateException("Malformed WMI row: " + line);
            }
            if (byWmi.put(columns[0].strip(), columns[1].strip()) != null) {
                throw new IllegalStateException("Duplicate WMI row: " + line);
            }
        }
        return new WorldManufacturers(byWmi);
    }

    private static final class Bundled {
        private static final WorldManufacturers INSTANCE = load();

        private static WorldManufacturers load() {
            try (InputStream csv = WorldManufacturers.class.getResourceAsStream(RESOURCE)) {
                if (csv == null) {
                    throw new IllegalStateException("Missing resource " + RESOURCE);
                }
                return read(csv);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + RESOURCE, e);
            }
        }
    }
}
