package app.pitwall.audit;

import app.pitwall.audit.internal.AuditTrail;
import app.pitwall.audit.internal.Verification;
import app.pitwall.platform.TenantId;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@code java -jar pitwall.jar audit verify [--tenant ID] [--checkpoint FILE] [--pitwall.*=...]}: re-walks
 * the audit chain of one tenant, or of every tenant with a trail, without starting the web server,
 * prints the outcome and exits 0 when every chain is valid, 1 when one is broken, 2 on a usage error.
 * It reads the database as the application role, with the same {@code PITWALL_*} settings as the
 * service; with the embedded database, stop Pitwall first (or give the same data directory to a
 * stopped copy), since one embedded server runs per data directory.
 */
public final class AuditCommandLine {

    private static final String USAGE =
            "usage: java -jar pitwall.jar audit verify [--tenant ID] [--checkpoint FILE] [--pitwall.data-dir=DIR ...]";

    private AuditCommandLine() {}

    /** Whether the arguments ask for this command rather than for the service. */
    public static boolean handles(String[] args) {
        return args.length >= 2 && "audit".equals(args[0]) && "verify".equals(args[1]);
    }

    /** Runs the command; returns the process exit code. */
    public static int run(Class<?> application, String[] args, PrintStream out) {
        TenantId tenant = null;
        Path checkpointFile = null;
        List<String> springArgs = new ArrayList<>();
        try {
            for (int i = 2; i < args.length; i++) {
                switch (args[i]) {
                    case "--tenant" -> tenant = TenantId.of(value(args, ++i));
                    case "--checkpoint" -> checkpointFile = Path.of(value(args, ++i));
                    default -> {
                        if (!args[i].startsWith("--") || !args[i].contains("=")) {
                            throw new IllegalArgumentException("unknown argument " + args[i]);
                        }
                        springArgs.add(args[i]);
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(USAGE);
            return 2;
        }
        JsonNode checkpoints = null;
        if (checkpointFile != null) {
            try {
                checkpoints = JsonMapper.builder().build().readTree(Files.readString(checkpointFile));
            } catch (IOException | RuntimeException e) {
                out.println("cannot read the checkpoint file " + checkpointFile + ": " + e.getMessage());
                return 2;
            }
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties(
                        "pitwall.demo=false",
                        "spring.flyway.enabled=false",
                        "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .run(springArgs.toArray(String[]::new))) {
            AuditTrail trail = context.getBean(AuditTrail.class);
            List<TenantId> tenants = tenant != null ? List.of(tenant) : trail.tenantsWithTrail();
            boolean allValid = true;
            for (TenantId each : tenants) {
                Verification result = trail.verify(each, forTenant(checkpoints, each));
                allValid &= result.valid();
                out.println(describe(result));
            }
            out.println(tenants.size() + " tenant(s) verified: " + (allValid ? "all valid" : "BROKEN"));
            return allValid ? 0 : 1;
        }
    }

    private static JsonNode forTenant(JsonNode checkpoints, TenantId tenant) {
        if (checkpoints == null) {
            return null;
        }
        ArrayNode mine = JsonNodeFactory.instance.arrayNode();
        for (JsonNode checkpoint : checkpoints.isArray() ? checkpoints : List.of(checkpoints)) {
            if (tenant.toString().equals(checkpoint.path("tenant").asString(""))) {
                mine.add(checkpoint);
            }
        }
        return mine;
    }

    private static String describe(Verification result) {
        StringBuilder line =
                new StringBuilder("tenant ").append(result.tenant()).append(": ");
        if (result.valid()) {
            line.append("valid, ").append(result.eventsChecked()).append(" events");
        } else {
            line.append("BROKEN at sequence ")
                    .append(result.broken().sequence())
                    .append(" (")
                    .append(result.broken().reason().code())
                    .append("): ")
                    .append(result.broken().detail());
        }
        line.append(String.format(" [%.0f events/s]", result.eventsPerSecond()));
        for (Verification.CheckpointCheck check : result.checkpoints()) {
            line.append("\n  checkpoint ")
                    .append(check.sequence())
                    .append(" signed ")
                    .append(check.signedAt())
                    .append(": ")
                    .append(check.outcome().name().toLowerCase().replace('_', '-'))
                    .append(check.signedByThisServer() ? "" : " (not signed by this server's key)");
        }
        return line.toString();
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }
}
