package app.pitwall.tenancy.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.web.ExpectedVersion;
import app.pitwall.platform.web.PageView;
import app.pitwall.platform.web.Paging;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.Locations;
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
import org.springframework.web.bind.annotation.RequestMapping;
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
    PageView<LocationRepresentation> list(@AuthenticationPrincipal Actor actor, Paging paging) {
        return paging.answer(locations.list(actor, paging.limit(), paging.cursor()), LocationRepresentation::of);
    }

    @PostMapping
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ResponseEntity<LocationRepresentation> add(
            @AuthenticationPrincipal Actor actor, @RequestBody LocationRepresentation body) {
        Location added = locations.add(actor, body.details());
        return ResponseEntity.created(
                        URI.create("/api/v1/locations/" + added.id().value()))
                .body(LocationRepresentation.of(added));
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    LocationRepresentation get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return LocationRepresentation.of(locations.find(actor, new LocationId(id)));
    }

    @PatchMapping(
            path = "/{id}",
            consumes = {"application/merge-patch+json", "application/json"})
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    LocationRepresentation change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestBody JsonNode patch,
            ExpectedVersion expected) {
        LocationId locationId = new LocationId(id);
        Location current = locations.find(actor, locationId);
        return LocationRepresentation.of(
                locations.change(actor, locationId, expected.value(), details -> patches.apply(current, patch)));
    }
}
