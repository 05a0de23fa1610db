package app.pitwall.tenancy.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.web.PageView;
import app.pitwall.platform.web.Problems;
import app.pitwall.platform.web.Versions;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.Locations;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/locations}: the shops, detailing sites and storage facilities of the tenant, with their addresses,
 * clocks, currencies and tax rates. A single location's GET sends its version as a strong {@code ETag}; a PATCH (JSON
 * Merge Patch) must name the version it was made on, in {@code If-Match} or the body's {@code version}: none is 428, a
 * stale {@code If-Match} 412, a stale body version 409, and nothing changes.
 */
@RestController
@Validated
@RequestMapping("/api/v1/locations")
class LocationApi {

    private final Locations locations;
    private final LocationPatches patches;

    LocationApi(Locations locations, LocationPatches patches) {
        this.locations = locations;
        this.patches = patches;
    }

    @GetMapping
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    PageView<LocationRepresentation> list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "25") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) @Size(max = 500) String cursor) {
        var page = locations.list(actor, limit, cursor).map(LocationRepresentation::of);
        return new PageView<>(page.items(), page.nextCursor());
    }

    @PostMapping
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ResponseEntity<LocationRepresentation> add(
            @AuthenticationPrincipal Actor actor, @RequestBody LocationRepresentation body) {
        Location added = locations.add(actor, body.details());
        return ResponseEntity.created(
                        URI.create("/api/v1/locations/" + added.id().value()))
                .eTag(etag(added))
                .body(LocationRepresentation.of(added));
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ResponseEntity<LocationRepresentation> get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        Location location = locations.find(actor, new LocationId(id));
        return ResponseEntity.ok().eTag(etag(location)).body(LocationRepresentation.of(location));
    }

    @PatchMapping(
            path = "/{id}",
            consumes = {"application/merge-patch+json", "application/json"})
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ResponseEntity<?> change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody JsonNode patch) {
        LocationId locationId = new LocationId(id);
        Location current = locations.find(actor, locationId);
        Integer inBody = patches.version(patch);
        Integer expected = Versions.expected(inBody, ifMatch);
        if (expected == null) {
            return ResponseEntity.status(428)
                    .body(Problems.of(
                            428,
                            "precondition-required",
                            "Name the version you changed: If-Match with the ETag, or the body's version."));
        }
        try {
            Location changed = locations.change(actor, locationId, expected, details -> patches.apply(current, patch));
            return ResponseEntity.ok().eTag(etag(changed)).body(LocationRepresentation.of(changed));
        } catch (ConflictException e) {
            if (inBody == null && "stale-version".equals(e.type())) {
                return ResponseEntity.status(412).body(Problems.of(412, "precondition-failed", e.getMessage()));
            }
            throw e;
        }
    }

    private static String etag(Location location) {
        return "\"" + location.version() + "\"";
    }
}
