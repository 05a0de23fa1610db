package app.pitwall.cannedjobs.web;

import static app.pitwall.platform.web.Formats.plain;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.cannedjobs.CannedJob;
import app.pitwall.cannedjobs.CannedJobDraft;
import app.pitwall.cannedjobs.CannedJobId;
import app.pitwall.cannedjobs.CannedJobs;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.ExpectedVersion;
import app.pitwall.platform.web.MergePatch;
import app.pitwall.platform.web.PageView;
import app.pitwall.platform.web.Paging;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.LineDraft;
import app.pitwall.repairorders.PartLine;
import app.pitwall.repairorders.api.RepairOrderRequests;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/canned-jobs}: the tenant's job templates. They carry prices, so reading them needs {@code
 * repair-orders:write} like writing them.
 */
@RestController
@Validated
@RequestMapping("/api/v1/canned-jobs")
class CannedJobApi {

    private final CannedJobs cannedJobs;

    CannedJobApi(CannedJobs cannedJobs) {
        this.cannedJobs = cannedJobs;
    }

    record CannedJobBody(
            @Size(max = 100) String name,
            @Size(max = 200) String title,
            @Size(max = 4000) String complaint,
            @Size(max = 4000) String correction,
            @Size(max = 50) List<RepairOrderRequests.@NotNull @Valid LineBody> lines,
            @Min(0) Integer version) {

        CannedJobDraft toDraft() {
            return new CannedJobDraft(
                    name,
                    title,
                    complaint,
                    correction,
                    lines == null
                            ? null
                            : lines.stream()
                                    .map(RepairOrderRequests.LineBody::toDraft)
                                    .toList());
        }
    }

    record CannedLineView(
            UUID id,
            Line.Kind kind,
            String description,
            String partNumber,
            PartLine.Condition condition,
            String quantity,
            String unitCost,
            String unitPrice,
            String hours,
            String rate,
            String amount,
            String percent,
            String cap,
            Line.FeeKind feeKind,
            Line.TaxClass discountTarget,
            boolean taxable) {}

    record CannedJobView(
            UUID id,
            String name,
            String title,
            String complaint,
            String correction,
            List<CannedLineView> lines,
            Instant createdAt,
            Instant updatedAt,
            int version) {}

    @GetMapping
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    PageView<CannedJobView> list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) @Size(max = 100) String q,
            Paging paging) {
        return paging.answer(cannedJobs.list(actor, q, paging.limit(), paging.cursor()), CannedJobApi::view);
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    CannedJobView get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return cannedJobs
                .find(actor, new CannedJobId(id))
                .map(CannedJobApi::view)
                .orElseThrow(() -> new NotFoundException("Canned job"));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    CannedJobView create(@AuthenticationPrincipal Actor actor, @Valid @RequestBody CannedJobBody body) {
        return view(cannedJobs.create(actor, body.toDraft()));
    }

    @PatchMapping("/{id}")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    CannedJobView change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @RequestBody CannedJobBody body,
            MergePatch patch,
            ExpectedVersion expected) {
        patch.clearable("complaint", "correction");
        return view(cannedJobs.change(actor, new CannedJobId(id), body.toDraft(), expected.value()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    void delete(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, ExpectedVersion expected) {
        cannedJobs.delete(actor, new CannedJobId(id), expected.value());
    }

    private static CannedJobView view(CannedJob job) {
        return new CannedJobView(
                job.id().value(),
                job.name(),
                job.title(),
                job.complaint(),
                job.correction(),
                job.lines().stream().map(CannedJobApi::line).toList(),
                job.createdAt(),
                job.updatedAt(),
                job.version());
    }

    private static CannedLineView line(Line line) {
        LineDraft flat = LineDraft.of(line);
        return new CannedLineView(
                line.id().value(),
                line.kind(),
                line.description(),
                flat.partNumber(),
                flat.condition(),
                plain(flat.quantity()),
                plain(flat.unitCost()),
                plain(flat.unitPrice()),
                plain(flat.hours()),
                plain(flat.rate()),
                plain(flat.amount()),
                plain(flat.percent()),
                plain(flat.cap()),
                flat.feeKind(),
                flat.discountTarget(),
                flat.taxable());
    }
}
