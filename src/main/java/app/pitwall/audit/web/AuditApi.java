package app.pitwall.audit.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.audit.internal.AuditExport;
import app.pitwall.audit.internal.AuditFilter;
import app.pitwall.audit.internal.AuditTrail;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.web.PageView;
import app.pitwall.platform.web.Paging;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.platform.web.RequestBodyLimit;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/audit}: read the trail (owners and managers all of it, bookkeepers its financial
 * part), a subject's history, export it, verify it and get its signed checkpoints (owners). The export and the
 * checkpoints are files to keep, written whole; the trail and a subject's history are pages.
 */
@RestController
@Validated
@RequestMapping("/api/v1/audit")
class AuditApi {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private final AuditTrail trail;
    private final AuditExport export;
    private final JsonMapper json;

    AuditApi(AuditTrail trail, AuditExport export, JsonMapper json) {
        this.trail = trail;
        this.export = export;
        this.json = json;
    }

    private Map<String, Object> map(ObjectNode node) {
        return json.convertValue(node, OBJECT);
    }

    @GetMapping("/events")
    @RequiresPermission(Permission.AUDIT_READ_FINANCIAL)
    PageView<Map<String, Object>> events(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) @Size(max = 100) String actorId,
            @RequestParam(required = false) @Size(max = 100) @Pattern(regexp = "[a-z0-9.*-]+") String action,
            @RequestParam(required = false) @Size(max = 50) @Pattern(regexp = "[a-z][a-z0-9-]*") String subjectType,
            @RequestParam(required = false) @Size(max = 100) String subjectId,
            Paging paging) {
        AuditFilter filter = new AuditFilter(from, to, actorId, action, subjectType, subjectId);
        return paging.answer(trail.events(actor, filter, paging.limit(), paging.cursor()), this::map);
    }

    @GetMapping("/subjects/{type}/{id}")
    @RequiresPermission(Permission.AUDIT_READ_FINANCIAL)
    PageView<Map<String, Object>> subjectHistory(
            @AuthenticationPrincipal Actor actor,
            @PathVariable @Size(max = 50) @Pattern(regexp = "[a-z][a-z0-9-]*") String type,
            @PathVariable @Size(max = 100) String id,
            Paging paging) {
        return paging.answer(trail.history(actor, type, id, paging.limit(), paging.cursor()), this::map);
    }

    @GetMapping("/export")
    @RequiresPermission(Permission.AUDIT_EXPORT)
    void export(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "jsonl") @Pattern(regexp = "jsonl|csv") String format,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) @Size(max = 100) String actorId,
            @RequestParam(required = false) @Size(max = 100) @Pattern(regexp = "[a-z0-9.*-]+") String action,
            @RequestParam(required = false) @Size(max = 50) @Pattern(regexp = "[a-z][a-z0-9-]*") String subjectType,
            @RequestParam(required = false) @Size(max = 100) String subjectId,
            HttpServletResponse response)
            throws IOException {
        AuditExport.Format chosen = AuditExport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        boolean jsonl = chosen == AuditExport.Format.JSONL;
        response.setContentType(jsonl ? "application/x-ndjson;charset=UTF-8" : "text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"audit-" + actor.tenantId() + "." + (jsonl ? "jsonl" : "csv") + "\"");
        export.export(
                actor,
                new AuditFilter(from, to, actorId, action, subjectType, subjectId),
                chosen,
                response.getOutputStream());
    }

    @GetMapping("/verify")
    @RequiresPermission(Permission.AUDIT_EXPORT)
    Map<String, Object> verify(@AuthenticationPrincipal Actor actor) {
        return withLatestCheckpoint(actor, trail.verify(actor, null).toJson());
    }

    /** Verifies against checkpoints the owner kept: the file {@code GET /checkpoints} gave, or one of them. */
    @PostMapping("/verify")
    @RequiresPermission(Permission.AUDIT_EXPORT)
    @RequestBodyLimit(bytes = 8 * 1024 * 1024) // a year of hourly checkpoints is about 2 MB
    Map<String, Object> verifyWith(@AuthenticationPrincipal Actor actor, @RequestBody Object checkpoints) {
        return withLatestCheckpoint(
                actor, trail.verify(actor, json.valueToTree(checkpoints)).toJson());
    }

    @GetMapping("/checkpoints")
    @RequiresPermission(Permission.AUDIT_EXPORT)
    void checkpoints(@AuthenticationPrincipal Actor actor, HttpServletResponse response) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"audit-checkpoints-" + actor.tenantId() + ".json\"");
        json.writeValue(response.getOutputStream(), trail.checkpoints(actor.tenantId()));
    }

    @PostMapping("/checkpoints")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permission.AUDIT_EXPORT)
    Map<String, Object> signCheckpoint(@AuthenticationPrincipal Actor actor) {
        return trail.signCheckpoint(actor)
                .map(this::map)
                .orElseThrow(() ->
                        new ConflictException(ProblemType.EMPTY_TRAIL, "The audit trail has no entries to sign yet."));
    }

    private Map<String, Object> withLatestCheckpoint(Actor actor, ObjectNode result) {
        trail.latestCheckpoint(actor.tenantId()).ifPresent(latest -> result.set("latestCheckpoint", latest));
        return map(result);
    }
}
