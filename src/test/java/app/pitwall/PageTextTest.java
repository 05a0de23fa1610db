package app.pitwall;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.customers.Customer;
import app.pitwall.customers.Vehicle;
import app.pitwall.platform.web.NavigationLink;
import app.pitwall.tenancy.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text the pages show comes from {@code messages.properties}: each message key a template names literally, and
 * each key the pages build from a role, a customer kind, a unit or an error status, exists.
 */
class PageTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([A-Za-z][\\w.-]*)");
    private static final Pattern MESSAGE_CALL = Pattern.compile("#messages\\.msg(?:OrNull)?\\('([\\w.-]+)'\\)");

    @Test
    void everyKeyATemplateNamesHasAMessage() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String template = Files.readString(file);
                collect(MESSAGE_EXPRESSION.matcher(template), named);
                collect(MESSAGE_CALL.matcher(template), named);
            }
        }
        assertThat(named).hasSizeGreaterThan(100);
        assertThat(missing(named)).isEmpty();
    }

    @Test
    void everyKeyThePagesBuildHasAMessage() {
        List<String> built = new ArrayList<>();
        for (Role role : Role.values()) {
            built.add("role." + role.code());
        }
        for (Customer.Kind kind : Customer.Kind.values()) {
            built.add("customer.kind." + kind.name());
        }
        for (Vehicle.Unit unit : Vehicle.Unit.values()) {
            built.add("unit." + unit.name());
            built.add("unit." + unit.name() + ".long");
        }
        for (Location.Kind kind : Location.Kind.values()) {
            built.add("location.kind." + kind.name());
        }
        for (int status : new int[] {400, 403, 404, 405, 409, 429, 500}) {
            built.add("error." + status + ".title");
            built.add("error." + status + ".text");
        }
        for (String notice : List.of(
                "signed-out",
                "customer-registered",
                "customer-saved",
                "customer-deleted",
                "vehicle-added",
                "vehicle-saved",
                "vehicle-deleted",
                "signed-out-everywhere",
                "signed-up",
                "joined",
                "password-reset",
                "password-changed",
                "identity-confirmed",
                "mfa-off",
                "session-ended",
                "sessions-ended",
                "invitation-withdrawn",
                "role-changed",
                "locations-changed",
                "user-disabled",
                "user-enabled",
                "user-unlocked",
                "nothing-changed",
                "settings-saved",
                "answers-seen")) {
            built.add("notice." + notice);
        }
        for (String status : List.of(
                "live",
                "expired",
                "ended",
                "signed-out",
                "signed-out-everywhere",
                "password-changed",
                "password-reset",
                "account-disabled",
                "ended-by-its-user",
                "ended-by-manager",
                "refresh-token-reused")) {
            built.add("sessions.status." + status);
        }
        built.addAll(List.of("nav.customers", "nav.vehicles", "form.stale", "form.vin.duplicate", "form.date.future"));
        built.addAll(List.of("nav.users", "nav.sessions", "nav.settings", "nav.account", "nav.today"));
        for (NavigationLink.Group group : NavigationLink.Group.values()) {
            built.add(group.labelKey());
        }
        built.addAll(List.of("today.method.link", "today.method.staff"));
        assertThat(missing(built)).isEmpty();
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static List<String> missing(java.util.Collection<String> keys) {
        Properties messages = new Properties();
        try (InputStream in = PageTextTest.class.getResourceAsStream("/messages.properties")) {
            messages.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys.stream().filter(key -> !messages.containsKey(key)).toList();
    }
}
