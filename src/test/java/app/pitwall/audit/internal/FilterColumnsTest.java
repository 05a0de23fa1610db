package app.pitwall.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.platform.TenantId;
import app.pitwall.support.Seeds;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The filter columns of a row agree with its entry exactly when they hold what {@code
 * pitwall_audit_append} copies out of it ({@code ->>}, absent or null as NULL), whatever the entry
 * nests and escapes.
 */
class FilterColumnsTest {

    private static final TenantId TENANT = new TenantId(UUID.fromString("6d1f4c1e-8a52-4c43-9d1e-2f7c3a9b0e11"));
    private static final String USER = "0f6a3c52-1d7e-4b8a-9c3f-5e2d1a0b9c87";
    private static final Instant TIME = Instant.parse("2026-11-23T18:04:24.123456Z");

    private final FilterColumns columns = new FilterColumns(TENANT.toString());

    /** An entry as the recorder writes it, with a change whose fields are named like the columns. */
    private static byte[] entry(String actorId, String subjectId, String time) {
        TreeMap<String, String> members = new TreeMap<>();
        members.put("action", CanonicalJson.string("customer.changed"));
        TreeMap<String, String> actor = new TreeMap<>();
        if (actorId != null) {
            actor.put("id", CanonicalJson.string(actorId));
        }
        actor.put("kind", CanonicalJson.string(actorId == null ? "system" : "user"));
        actor.put("name", CanonicalJson.string("Sam \"the\" Advisor"));
        members.put("actor", CanonicalJson.object(actor));
        members.put(
                "change",
                "{\"after\":{\"action\":\"other.thing\",\"id\":\"x\",\"note\":\"a } and a \\\" { [\",\"subject\":{\"id\":"
                        + "\"y\",\"type\":\"z\"},\"time\":\"2020-01-01T00:00:00Z\"}}");
        members.put("request", "{\"id\":\"r-1\",\"source\":\"127.0.0.1\"}");
        TreeMap<String, String> subject = new TreeMap<>();
        if (subjectId != null) {
            subject.put("id", CanonicalJson.string(subjectId));
        }
        subject.put("type", CanonicalJson.string("customer"));
        members.put("subject", CanonicalJson.object(subject));
        members.put("tenant", CanonicalJson.string(TENANT.toString()));
        members.put("time", CanonicalJson.string(time));
        return new PendingEntry(TENANT, members).document(42).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private String check(byte[] entry, Instant time, String action, String actor, String type, String subject) {
        return columns.disagreement(
                entry,
                42,
                time == null ? null : time.atOffset(ZoneOffset.UTC),
                utf8(action),
                utf8(actor),
                utf8(type),
                utf8(subject));
    }

    @Test
    void columnsCopiedFromTheEntryAgreeWithIt() {
        byte[] entry = entry(USER, "c-1", TIME.toString());

        assertThat(check(entry, TIME, "customer.changed", USER, "customer", "c-1"))
                .isNull();
    }

    @Test
    void anAbsentActorOrSubjectIdIsNull() {
        byte[] entry = entry(null, null, TIME.toString());

        assertThat(check(entry, TIME, "customer.changed", null, "customer", null))
                .isNull();
        assertThat(check(entry, TIME, "customer.changed", USER, "customer", null))
                .contains("actor_id");
        assertThat(check(entry, TIME, "customer.changed", null, "customer", "c-1"))
                .contains("subject_id");
    }

    @Test
    void textTheCanonicalFormEscapesIsComparedAsText() {
        String awkward = "Ö \"quoted\" back\\slash \u0001 tab\t €";
        byte[] entry = entry(USER, awkward, TIME.toString());

        assertThat(check(entry, TIME, "customer.changed", USER, "customer", awkward))
                .isNull();
        assertThat(check(entry, TIME, "customer.changed", USER, "customer", awkward + "!"))
                .contains("subject_id");
    }

    @Test
    void anEntryWrittenForAnotherPlaceStillAgreesOnItsColumns() {
        byte[] entry = entry(USER, "c-1", TIME.toString());

        assertThat(columns.disagreement(
                        entry,
                        41,
                        TIME.atOffset(ZoneOffset.UTC),
                        utf8("customer.changed"),
                        utf8(USER),
                        utf8("customer"),
                        utf8("c-1")))
                .isNull();
    }

    @Test
    void theSameInstantWrittenAnotherWayAgrees() {
        byte[] entry = entry(USER, "c-1", "2026-11-23T19:04:24.123456+01:00");

        assertThat(check(entry, TIME, "customer.changed", USER, "customer", "c-1"))
                .isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "action, customer.viewed, , , , ",
        "actor_id, , 11111111-1111-1111-1111-111111111111, , , ",
        "subject_type, , , vehicle, , ",
        "subject_id, , , , c-2, ",
        "occurred_at, , , , , 2025-11-23T18:04:24.123456Z"
    })
    void aChangedColumnIsNamed(String column, String action, String actor, String type, String subject, String time) {
        byte[] entry = entry(USER, "c-1", TIME.toString());

        String disagreement = check(
                entry,
                time == null ? TIME : Instant.parse(time),
                action == null ? "customer.changed" : action,
                actor == null ? USER : actor,
                type == null ? "customer" : type,
                subject == null ? "c-1" : subject);

        assertThat(disagreement).contains("column " + column);
    }

    @Test
    void membersNestedInTheChangeAreNotTakenForTheColumns() {
        byte[] entry = entry(USER, "c-1", TIME.toString());

        assertThat(check(entry, TIME, "other.thing", USER, "customer", "c-1")).contains("action");
        assertThat(check(entry, TIME, "customer.changed", USER, "z", "c-1")).contains("subject_type");
        assertThat(check(entry, Instant.parse("2020-01-01T00:00:00Z"), "customer.changed", USER, "customer", "c-1"))
                .contains("occurred_at");
    }

    @Test
    void anEntryOfAnotherTenantDisagreesWithTheTenantColumn() {
        byte[] entry = entry(USER, "c-1", TIME.toString());
        FilterColumns other = new FilterColumns(UUID.randomUUID().toString());

        assertThat(other.disagreement(
                        entry,
                        42,
                        OffsetDateTime.ofInstant(TIME, ZoneOffset.UTC),
                        utf8("customer.changed"),
                        utf8(USER),
                        utf8("customer"),
                        utf8("c-1")))
                .contains("tenant_id");
    }

    /** Times written the way Pitwall writes them, any day from 1970 to 2400, are read to the nanosecond. */
    @Test
    void timesAreReadAsTheInstantTheyName() {
        Seeds.Seeded seeded = Seeds.random("FilterColumnsTest");
        Random random = seeded.random();
        for (int i = 0; i < 20_000; i++) {
            Instant time = Instant.ofEpochSecond(random.nextLong(0, 13_569_465_600L), random.nextInt(1_000_000_000))
                    .truncatedTo(i % 2 == 0 ? ChronoUnit.MICROS : ChronoUnit.SECONDS);
            byte[] entry = entry(USER, "c-1", time.toString());

            assertThat(check(entry, time, "customer.changed", USER, "customer", "c-1"))
                    .as(seeded.describe(time.toString()))
                    .isNull();
            assertThat(check(entry, time.plusNanos(1000), "customer.changed", USER, "customer", "c-1"))
                    .as(seeded.describe(time.toString()))
                    .contains("occurred_at");
        }
    }

    @Test
    void aMalformedEntryIsReportedRatherThanThrown() {
        for (String malformed :
                new String[] {"", "[]", "{", "{\"action\"", "{\"action\":\"a", "{\"action\":}", "null"}) {
            assertThat(check(utf8(malformed), TIME, "customer.changed", USER, "customer", "c-1"))
                    .as(malformed)
                    .isNotNull();
        }
    }
}
