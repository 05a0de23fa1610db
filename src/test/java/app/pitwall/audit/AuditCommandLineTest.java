package app.pitwall.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.PitwallApplication;
import app.pitwall.audit.internal.AuditTrail;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.database.DatabaseEndpoint;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar pitwall.jar audit verify}: runs without a web server against the same database,
 * exits 0 for a valid chain and 1, naming the sequence number, for a broken one, also against a kept
 * checkpoint file.
 */
@PitwallIntegrationTest
class AuditCommandLineTest {

    @Autowired
    TestShops shops;

    @Autowired
    AuditTrail trail;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatabaseEndpoint endpoint;

    @TempDir
    Path directory;

    @Test
    void aValidTrailExitsZeroAndACutOffOneExitsOneAgainstTheKeptCheckpointFile() throws Exception {
        AuditTrailFixture fixture = new AuditTrailFixture(events, transactions, jdbc, endpoint);
        TenantId tenant = shops.create("Command Line Garage").tenant();
        fixture.write(tenant, 6);
        Path kept = directory.resolve("checkpoints.json");
        Files.writeString(
                kept,
                JsonMapper.builder()
                        .build()
                        .writeValueAsString(List.of(trail.signCheckpoint(tenant).orElseThrow())));

        Run valid = run("audit", "verify", "--tenant", tenant.toString(), "--checkpoint", kept.toString());
        assertThat(valid.exitCode()).as(valid.output()).isZero();
        assertThat(valid.output())
                .contains("valid, 6 events")
                .contains("checkpoint 6")
                .contains("matches");

        fixture.asSuperuser(
                "DELETE FROM audit_checkpoint WHERE tenant_id = '" + tenant + "'",
                "DELETE FROM audit_event WHERE tenant_id = '" + tenant + "' AND seq > 4",
                "UPDATE audit_head SET seq = 4, hash = (SELECT hash FROM audit_event WHERE tenant_id = '" + tenant
                        + "' AND seq = 4) WHERE tenant_id = '" + tenant + "'");

        Run broken = run("audit", "verify", "--tenant", tenant.toString(), "--checkpoint", kept.toString());
        assertThat(broken.exitCode()).as(broken.output()).isEqualTo(1);
        assertThat(broken.output()).contains("BROKEN at sequence 5 (missing)");
    }

    @Test
    void withoutATenantEveryTenantWithATrailIsVerified() {
        TenantId tenant = shops.create("Every Tenant Garage").tenant();
        new AuditTrailFixture(events, transactions, jdbc, endpoint).write(tenant, 2);

        Run run = run("audit", "verify");

        assertThat(run.output())
                .contains("tenant " + tenant + ": valid, 2 events")
                .contains("tenant(s) verified");
    }

    @Test
    void aWrongArgumentExitsTwoWithTheUsage() {
        Run run = run("audit", "verify", "--tenant");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("usage: java -jar pitwall.jar audit verify");
    }

    private record Run(int exitCode, String output) {}

    private static Run run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = AuditCommandLine.run(
                PitwallApplication.class, args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }
}
