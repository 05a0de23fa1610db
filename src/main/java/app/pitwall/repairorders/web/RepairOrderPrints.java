package app.pitwall.repairorders.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.customers.Customers;
import app.pitwall.customers.Vehicle;
import app.pitwall.customers.VehicleId;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.HeavyWork;
import app.pitwall.platform.NotFoundException;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderId;
import app.pitwall.repairorders.RepairOrders;
import app.pitwall.repairorders.WorkOrderPermissions;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.ShopLogos;
import app.pitwall.tenancy.Tenants;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Printable documents of a repair order, as PDF: {@code estimate.pdf} for the customer (prices and totals, so only for
 * staff who see money, see {@link WorkOrderPermissions#seesMoney}) and {@code work-order.pdf} for the technician in the
 * bay (the jobs, the three Cs and the lines, without prices, costs or customer contact). Both follow the page rules:
 * an order of another tenant or of a location the user does not work at is not found. Documents are written in the
 * bounded places of {@link HeavyWork} (503 when none is free in time), with the logo as {@link ShopLogos#printable}
 * gives it.
 */
@Controller
class RepairOrderPrints {

    private final RepairOrders orders;
    private final Tenants tenants;
    private final ShopLogos logos;
    private final HeavyWork heavyWork;
    private final Customers customers;
    private final OdometerUnits odometers;

    RepairOrderPrints(
            RepairOrders orders,
            Tenants tenants,
            ShopLogos logos,
            HeavyWork heavyWork,
            Customers customers,
            OdometerUnits odometers) {
        this.orders = orders;
        this.tenants = tenants;
        this.logos = logos;
        this.heavyWork = heavyWork;
        this.customers = customers;
        this.odometers = odometers;
    }

    @GetMapping("/repair-orders/{id}/estimate.pdf")
    @RequiresPermission(Permission.REPAIR_ORDERS_READ)
    ResponseEntity<byte[]> estimate(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Locale locale) {
        if (!WorkOrderPermissions.seesMoney(actor)) {
            throw new ForbiddenException("Estimates show prices, which your role does not see.");
        }
        RepairOrder order = order(actor, id);
        String vin = vin(actor, order);
        byte[] pdf = heavyWork.run(
                actor.tenantId(),
                () -> EstimateDocument.write(order, shop(actor, order), vin, odometers.unit(actor, order), locale));
        return pdf(pdf, "estimate-" + order.number() + ".pdf");
    }

    @GetMapping("/repair-orders/{id}/work-order.pdf")
    @RequiresPermission(Permission.REPAIR_ORDERS_READ)
    ResponseEntity<byte[]> workOrder(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Locale locale) {
        RepairOrder order = order(actor, id);
        byte[] pdf = heavyWork.run(
                actor.tenantId(),
                () -> WorkOrderDocument.write(order, shop(actor, order), odometers.unit(actor, order), locale));
        return pdf(pdf, "work-order-" + order.number() + ".pdf");
    }

    private RepairOrder order(Actor actor, UUID id) {
        return orders.find(actor, new RepairOrderId(id)).orElseThrow(() -> new NotFoundException("Repair order"));
    }

    /** The VIN of the order's vehicle, when it has one the user may see. */
    private String vin(Actor actor, RepairOrder order) {
        return order.visit().vehicleId() == null
                ? null
                : customers
                        .findVehicle(actor, new VehicleId(order.visit().vehicleId()))
                        .map(Vehicle::vin)
                        .orElse(null);
    }

    /**
     * The shop as printed at the head of a document: its name, logo, and the order's location with its address, phone,
     * registration or licence number and clock.
     */
    private PrintedShop shop(Actor actor, RepairOrder order) {
        Location location = tenants.location(
                        actor.tenantId(), new LocationId(order.visit().locationId()))
                .orElse(null);
        byte[] logo =
                logos.printable(actor.tenantId()).map(ShopLogos.Logo::image).orElse(null);
        return new PrintedShop(
                tenants.nameOf(actor.tenantId()).orElse(""),
                logo,
                location == null ? null : location.name(),
                location == null ? null : address(location.address()),
                location == null ? null : location.details().phone(),
                location == null ? null : location.details().registrationNumber(),
                location == null ? ZoneOffset.UTC : location.timeZone());
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline().filename(filename).build().toString())
                .body(pdf);
    }

    /** A postal address on one line, its empty parts left out; null when it has none. */
    static String address(Location.Address address) {
        if (address == null) {
            return null;
        }
        String line = java.util.stream.Stream.of(
                        address.street(),
                        address.street2(),
                        String.join(
                                " ",
                                java.util.stream.Stream.of(address.postalCode(), address.city())
                                        .filter(part -> part != null && !part.isBlank())
                                        .toList()),
                        address.region(),
                        address.country())
                .filter(part -> part != null && !part.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
        return line.isBlank() ? null : line;
    }

    /** The shop's head of a printed document. */
    record PrintedShop(
            String name,
            byte[] logo,
            String locationName,
            String address,
            String phone,
            String registrationNumber,
            java.time.ZoneId zone) {}
}
