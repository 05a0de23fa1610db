package app.pitwall.repairorders.web;

import app.pitwall.platform.Money;
import app.pitwall.platform.web.Formats;
import app.pitwall.platform.web.PrintedPage;
import app.pitwall.repairorders.ApprovalStatus;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.LineDraft;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.Totals;
import com.lowagie.text.pdf.PdfPTable;
import java.util.Locale;

/**
 * The customer's estimate on paper: the shop with its address, phone and registration or licence number, the vehicle
 * (with its VIN) and the customer's name,
 * the customer's concerns one per line, each job with its lines and prices,
 * the job and order totals, where each job stands with the customer, and a line to sign at the counter. Never costs,
 * staff notes or the technicians' notes.
 */
final class EstimateDocument {

    private EstimateDocument() {}

    static byte[] write(
            RepairOrder order, RepairOrderPrints.PrintedShop shop, String vin, String odometerUnit, Locale locale) {
        Formats format = new Formats(order.pricing().currency().getCurrencyCode(), shop.zone(), locale);
        return PrintedPage.write("Estimate " + order.number(), page -> {
            page.shop(shop.logo(), shop.name(), shop.locationName());
            page.text(shop.address(), PrintedPage.BODY);
            page.field("Phone", shop.phone());
            page.field("Registration no.", shop.registrationNumber());
            page.title("Estimate " + order.number());
            page.field("Date", format.date(order.updatedAt()));
            page.field("Customer", order.visit().customerName());
            page.field("Vehicle", order.visit().vehicleLabel());
            page.field("VIN", vin);
            page.field("Odometer in", Formats.odometer(order.details().odometerIn(), odometerUnit, locale));
            page.list("Your concerns", order.details().concerns());
            for (Job job : order.jobs()) {
                job(page, job, format);
            }
            page.heading("Estimate total");
            totals(page, order.totals(), format);
            page.text("Declined jobs are not counted in the total.", PrintedPage.SMALL);
            page.heading("Approval");
            page.text(
                    "I approve the jobs marked approved above. Signature: ______________________   Date: __________",
                    PrintedPage.BODY);
        });
    }

    private static void job(PrintedPage page, Job job, Formats format) {
        page.heading(job.title() + "  (" + status(job.approvalStatus()) + ")");
        page.field("Concern", job.details().complaint());
        page.field("What we will do", job.details().correction());
        PdfPTable lines = page.table(new float[] {6, 2, 2, 2}, "Item", "Qty / hours", "Price", "Amount");
        for (Line line : job.lines()) {
            Money amount = job.price().amountOf(line.id());
            boolean discount = line.kind() == Line.Kind.DISCOUNT;
            LineDraft flat = LineDraft.of(line);
            boolean hourly = flat.hours() != null;
            String part = PrintedPart.of(flat);
            PrintedPage.cell(
                    lines, part.isEmpty() ? line.description() : line.description() + " (" + part + ")", false);
            PrintedPage.cell(lines, Formats.plain(hourly ? flat.hours() : flat.quantity()), true);
            PrintedPage.cell(lines, format.money(hourly ? flat.rate() : flat.unitPrice()), true);
            PrintedPage.cell(lines, (discount ? "-" : "") + format.money(amount), true);
        }
        page.add(lines);
        totals(page, job.price().totals(), format);
    }

    private static void totals(PrintedPage page, Totals totals, Formats format) {
        PdfPTable table = page.table(new float[] {10, 2}, "", "");
        row(table, "Labor", format.money(totals.labor()));
        row(table, "Parts", format.money(totals.parts()));
        row(table, "Fees", format.money(totals.fees()));
        if (totals.discounts().signum() != 0) {
            row(table, "Discounts", "-" + format.money(totals.discounts()));
        }
        row(table, "Tax", format.money(totals.tax()));
        row(table, "Total", format.money(totals.total()));
        page.add(table);
    }

    private static void row(PdfPTable table, String label, String amount) {
        PrintedPage.cell(table, label, true);
        PrintedPage.cell(table, amount, true);
    }

    private static String status(ApprovalStatus status) {
        return switch (status) {
            case PENDING -> "awaiting approval";
            case APPROVED -> "approved";
            case CHANGED_SINCE_APPROVAL -> "changed since approval";
            case DECLINED -> "declined";
        };
    }
}
