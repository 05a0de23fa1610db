package app.pitwall.repairorders.web;

import app.pitwall.platform.web.Formats;
import app.pitwall.platform.web.PrintedPage;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.LineDraft;
import app.pitwall.repairorders.RepairOrder;
import com.lowagie.text.pdf.PdfPTable;
import java.util.Locale;

/**
 * The technician's work order on paper: the vehicle, the customer's concerns, and each job not declined with its three
 * Cs, notes and lines (hours, parts and quantities). No prices, rates, costs or totals, and nothing of the customer
 * but the name the order carries.
 */
final class WorkOrderDocument {

    private WorkOrderDocument() {}

    static byte[] write(RepairOrder order, RepairOrderPrints.PrintedShop shop, String odometerUnit, Locale locale) {
        Formats format = new Formats(order.pricing().currency().getCurrencyCode(), shop.zone(), locale);
        return PrintedPage.write("Work order " + order.number(), page -> {
            page.shop(null, shop.name(), shop.locationName());
            page.title("Work order " + order.number());
            page.field("Status", order.status().name());
            page.field("Customer", order.visit().customerName());
            page.field("Vehicle", order.visit().vehicleLabel());
            page.field("Odometer in", Formats.odometer(order.details().odometerIn(), odometerUnit, locale));
            page.field("Promised", format.time(order.details().promisedAt()));
            page.list("Concerns", order.openConcerns());
            order.work().forEach(job -> job(page, job));
        });
    }

    private static void job(PrintedPage page, Job job) {
        page.heading(job.title() + "  (" + state(job) + ")");
        page.field("Complaint", job.details().complaint());
        page.field("Cause", job.details().cause());
        page.field("Correction", job.details().correction());
        page.field("Technician notes", job.details().technicianNotes());
        PdfPTable lines = page.table(new float[] {2, 6, 3, 2}, "Kind", "Work or part", "Part number", "Qty / hours");
        for (Line line : job.lines()) {
            if (line.kind() == Line.Kind.LABOR || line.kind() == Line.Kind.PART) {
                PrintedPage.cell(lines, line.kind() == Line.Kind.LABOR ? "Labor" : "Part", false);
                PrintedPage.cell(lines, line.description(), false);
                LineDraft flat = LineDraft.of(line);
                PrintedPage.cell(lines, PrintedPart.of(flat), false);
                PrintedPage.cell(lines, Formats.plain(flat.hours() != null ? flat.hours() : flat.quantity()), true);
            }
        }
        page.add(lines);
        page.text("Done: [  ]   Technician: ____________________", PrintedPage.BODY);
    }

    private static String state(Job job) {
        if (job.done()) {
            return "done";
        }
        return switch (job.approvalStatus()) {
            case APPROVED -> "approved";
            case CHANGED_SINCE_APPROVAL -> "changed, awaiting new approval: do not start";
            case PENDING -> "awaiting approval: do not start";
            case DECLINED -> "declined";
        };
    }
}
