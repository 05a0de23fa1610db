package app.pitwall.cannedjobs.internal;

import app.pitwall.access.Actor;
import app.pitwall.cannedjobs.CannedJob;
import app.pitwall.cannedjobs.CannedJobDraft;
import app.pitwall.cannedjobs.CannedJobEvents;
import app.pitwall.cannedjobs.CannedJobId;
import app.pitwall.cannedjobs.CannedJobs;
import app.pitwall.platform.CardNumbers;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.Cursor;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.Page;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.LineDraft;
import app.pitwall.repairorders.LineId;
import app.pitwall.shopsetup.ShopReference;
import app.pitwall.shopsetup.WorkOrderSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's canned jobs. Lines are checked as job lines are, except that a labor line may keep hours without a
 * rate (the order's location default applies when it is added) and never names a location's labor rate.
 */
@Service
@Transactional
class CannedJobService implements CannedJobs {

    private final CannedJobRows rows;
    private final ShopReference settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CannedJobService(CannedJobRows rows, ShopReference settings, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<CannedJob> list(Actor actor, String query, int limit, String cursor) {
        List<CannedJob> found = rows.list(actor.tenantId(), query, limit + 1, Cursor.decode(cursor));
        return Cursor.page(
                found,
                limit,
                last -> new Cursor(
                        last.name().toLowerCase(Locale.ROOT), last.id().value()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CannedJob> find(Actor actor, CannedJobId id) {
        return rows.find(actor.tenantId(), id, false);
    }

    @Override
    public CannedJob create(Actor actor, CannedJobDraft draft) {
        Instant now = clock.instant();
        CannedJob job = new CannedJob(
                CannedJobId.random(),
                text("name", draft.name(), 100, true),
                text("title", draft.title(), 200, true),
                text("complaint", draft.complaint(), 4000, false),
                text("correction", draft.correction(), 4000, false),
                lines(actor, draft.lines() == null ? List.of() : draft.lines()),
                now,
                now,
                0);
        rows.insert(actor.tenantId(), job);
        events.publishEvent(new CannedJobEvents.CannedJobCreated(
                actor.tenantId(), job.id(), actor.userId(), CannedJobEvents.Content.of(job)));
        return job;
    }

    @Override
    public CannedJob change(Actor actor, CannedJobId id, CannedJobDraft changes, Integer expectedVersion) {
        CannedJob current =
                rows.find(actor.tenantId(), id, true).orElseThrow(() -> new NotFoundException("Canned job"));
        checkVersion(expectedVersion, current);
        CannedJob changed = new CannedJob(
                id,
                changes.name() == null ? current.name() : text("name", changes.name(), 100, true),
                changes.title() == null ? current.title() : text("title", changes.title(), 200, true),
                changes.complaint() == null ? current.complaint() : text("complaint", changes.complaint(), 4000, false),
                changes.correction() == null
                        ? current.correction()
                        : text("correction", changes.correction(), 4000, false),
                changes.lines() == null ? current.lines() : lines(actor, changes.lines()),
                current.createdAt(),
                clock.instant(),
                current.version() + 1);
        rows.update(actor.tenantId(), changed);
        CannedJobEvents.Content before = CannedJobEvents.Content.of(current);
        CannedJobEvents.Content after = CannedJobEvents.Content.of(changed);
        if (!before.sameAs(after)) {
            events.publishEvent(
                    new CannedJobEvents.CannedJobChanged(actor.tenantId(), id, actor.userId(), before, after));
        }
        return changed;
    }

    @Override
    public void delete(Actor actor, CannedJobId id, Integer expectedVersion) {
        CannedJob current =
                rows.find(actor.tenantId(), id, true).orElseThrow(() -> new NotFoundException("Canned job"));
        checkVersion(expectedVersion, current);
        rows.delete(actor.tenantId(), id);
        events.publishEvent(new CannedJobEvents.CannedJobDeleted(
                actor.tenantId(), id, actor.userId(), CannedJobEvents.Content.of(current)));
    }

    private static void checkVersion(Integer expectedVersion, CannedJob current) {
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new ConflictException(
                    ProblemType.STALE_VERSION,
                    "Someone else changed this canned job (now at version " + current.version() + "); reload it.",
                    Map.of("currentVersion", current.version()));
        }
    }

    private List<Line> lines(Actor actor, List<LineDraft> drafts) {
        if (drafts.size() > 50) {
            throw new InvalidInputException("lines", "a canned job has at most 50 lines");
        }
        WorkOrderSettings defaults = settings.settings(actor.tenantId());
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            lines.add(line(drafts.get(i), defaults, "lines[" + i + "]."));
        }
        return List.copyOf(lines);
    }

    private static Line line(LineDraft draft, WorkOrderSettings defaults, String prefix) {
        if (draft.kind() == null) {
            throw new InvalidInputException(prefix + "kind", "required: LABOR, PART, FEE or DISCOUNT");
        }
        if (draft.laborRateId() != null) {
            throw new InvalidInputException(
                    prefix + "laborRateId", "canned jobs keep hours and an optional rate, not a location's rate");
        }
        try {
            return draft.toLine(LineId.random(), defaults.shopSuppliesPercent(), defaults.shopSuppliesCap());
        } catch (InvalidInputException refused) {
            Map.Entry<String, String> field =
                    refused.fields().entrySet().iterator().next();
            throw new InvalidInputException(prefix + field.getKey(), field.getValue());
        }
    }

    private static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidInputException(field, "required");
            }
            return null;
        }
        if (value.strip().length() > max) {
            throw new InvalidInputException(field, "at most " + max + " characters");
        }
        if (CardNumbers.containsCardNumber(value)) {
            throw new InvalidInputException(field, "looks like a payment card number; Pitwall never stores those");
        }
        return value.strip();
    }
}
