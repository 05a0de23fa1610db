package app.pitwall.repairorders.web;

import app.pitwall.access.Actor;
import app.pitwall.platform.Money;
import app.pitwall.platform.web.Formats;
import app.pitwall.repairorders.ApprovalStatus;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.JobApproval;
import app.pitwall.repairorders.JobPrice;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.LineDraft;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.Totals;
import app.pitwall.repairorders.WorkOrderPermissions;
import app.pitwall.repairorders.api.MoneyText;
import app.pitwall.repairorders.api.RepairOrderView;
import app.pitwall.repairorders.api.RepairOrderView.Amounts;
import app.pitwall.repairorders.api.RepairOrderView.Decision;
import app.pitwall.repairorders.api.RepairOrderView.Difference;
import app.pitwall.repairorders.api.RepairOrderView.JobCard;
import app.pitwall.repairorders.api.RepairOrderView.LineRow;
import app.pitwall.repairorders.api.RepairOrderView.Move;
import app.pitwall.tenancy.Location;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a repair order into what its pages show, deciding once what the user may see: money only with {@code
 * repair-orders:write} ({@link WorkOrderPermissions#seesMoney}), the moves {@link WorkOrderPermissions#mayMove}
 * allows, and which jobs the user may write up.
 */
@Component
class RepairOrderPageViews {

    private final RepairOrderLookups lookups;
    private final JsonMapper json;

    RepairOrderPageViews(RepairOrderLookups lookups, JsonMapper json) {
        this.lookups = lookups;
        this.json = json;
    }

    RepairOrderView of(Actor actor, RepairOrder order) {
        boolean money = WorkOrderPermissions.seesMoney(actor);
        UUID locationId = order.visit().locationId();
        Location location = lookups.locations(actor).get(locationId);
        ZoneId zone = lookups.zone(actor, locationId);
        Set<UUID> people = new HashSet<>(order.technicians());
        if (order.details().serviceAdvisorId() != null) {
            people.add(order.details().serviceAdvisorId());
        }
        Map<UUID, String> names = lookups.names(actor, people);
        List<JobCard> jobs = new ArrayList<>();
        for (Job job : order.jobs()) {
            jobs.add(job(actor, order, job, jobs.size() + 1, names, zone, money));
        }
        return new RepairOrderView(
                order.id().value(),
                order.number(),
                order.status().name(),
                order.statusReason(),
                locationId,
                location == null ? "" : location.name(),
                order.visit().customerName(),
                order.visit().vehicleLabel(),
                names.get(order.details().serviceAdvisorId()),
                order.details().technicianIds().stream()
                        .map(names::get)
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                order.details().odometerIn(),
                order.details().odometerOut(),
                RepairOrderLookups.shown(order.details().promisedAt(), zone),
                order.details().concerns(),
                order.details().internalNotes(),
                order.pricing().currency().getCurrencyCode(),
                money ? amounts(order.totals(), formats(order, zone)) : null,
                jobs,
                moves(actor, order),
                order.status().acceptsChanges(),
                order.version());
    }

    /**
     * The moves the user may make from the order's status now. APPROVED comes from the customer and AWAITING_APPROVAL
     * from sending the estimate (which makes the customer's link), so neither is a plain move; nor are billing's moves.
     */
    static List<Move> moves(Actor actor, RepairOrder order) {
        return RepairOrder.TRANSITIONS.stream()
                .filter(move -> move.from() == order.status())
                .filter(move -> !move.move().billing())
                .filter(move -> WorkOrderPermissions.mayMove(actor, order, move))
                .map(RepairOrder.Transition::to)
                .map(to -> move(order.status(), to))
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    /** The button for a move the table allows, unless it is one made elsewhere (approval). */
    static java.util.Optional<Move> move(RepairOrder.Status from, RepairOrder.Status to) {
        if (to == RepairOrder.Status.APPROVED || to == RepairOrder.Status.AWAITING_APPROVAL) {
            return java.util.Optional.empty();
        }
        return RepairOrder.transition(from, to)
                .map(move -> new Move(to.name(), move.move().method(), needsReason(to)));
    }

    static boolean needsReason(RepairOrder.Status to) {
        return to == RepairOrder.Status.ON_HOLD || to == RepairOrder.Status.CANCELLED;
    }

    JobCard job(
            Actor actor, RepairOrder order, Job job, int number, Map<UUID, String> names, ZoneId zone, boolean money) {
        JobPrice price = job.price();
        Formats formats = formats(order, zone);
        Job.JobDetails details = job.details();
        Decision decision = job.approval()
                .map(approval -> new Decision(
                        approval.decision().name(),
                        approval.method().name(),
                        approval.method().verbal(),
                        approval.decidedBy(),
                        RepairOrderLookups.shown(approval.decidedAt(), zone)))
                .orElse(null);
        Difference difference = job.approvalStatus() == ApprovalStatus.CHANGED_SINCE_APPROVAL
                ? job.approval()
                        .map(approval -> difference(approval, job, money))
                        .orElse(null)
                : null;
        String technician = details.technicianId() == null ? null : names.get(details.technicianId());
        return new JobCard(
                job.id().value(),
                number,
                details.title(),
                details.complaint(),
                details.cause(),
                details.correction(),
                details.technicianNotes(),
                technician,
                job.done(),
                RepairOrderLookups.shown(job.completedAt(), zone),
                job.approvalStatus().name(),
                decision,
                job.lines().stream()
                        .map(line -> line(line, price, money, formats))
                        .toList(),
                money ? amounts(price.totals(), formats) : null,
                WorkOrderPermissions.mayWorkOn(actor, order, job),
                difference);
    }

    private Difference difference(JobApproval approval, Job job, boolean money) {
        Set<String> approved = new LinkedHashSet<>();
        JsonNode content = json.readTree(approval.content());
        approved.add(content.get("title").asString());
        for (JsonNode line : content.get("lines")) {
            approved.add(lineText(
                    line.get("description").asString(),
                    money ? line.get("lineAmount").asString() : null));
        }
        Set<String> current = new LinkedHashSet<>();
        current.add(job.title());
        JobPrice price = job.price();
        for (Line line : job.lines()) {
            current.add(lineText(
                    line.description(), money ? plain(price.amountOf(line.id()).amount()) : null));
        }
        List<String> approvedOnly =
                approved.stream().filter(text -> !current.contains(text)).toList();
        List<String> currentOnly =
                current.stream().filter(text -> !approved.contains(text)).toList();
        return new Difference(
                money ? MoneyText.text(approval.jobTotal()) : null,
                money ? MoneyText.text(price.totals().total()) : null,
                approvedOnly,
                currentOnly);
    }

    private static String lineText(String description, String amount) {
        return amount == null ? description : description + " · " + plain(new BigDecimal(amount));
    }

    /** Money as the customer's page and the documents print it: the order's currency, the reader's language. */
    static Formats formats(RepairOrder order, ZoneId zone) {
        return new Formats(order.pricing().currency().getCurrencyCode(), zone, LocaleContextHolder.getLocale());
    }

    static LineRow line(Line line, JobPrice price, boolean money, Formats formats) {
        LineDraft flat = LineDraft.of(line);
        String quantity = switch (line.kind()) {
            case LABOR -> flat.hours() == null ? "" : plain(flat.hours()) + " h";
            case PART -> plain(flat.quantity());
            default -> "";
        };
        String rate = switch (line.kind()) {
            case LABOR -> flat.hours() == null ? formats.money(flat.amount()) : formats.money(flat.rate()) + " / h";
            case PART -> formats.money(flat.unitPrice());
            case FEE ->
                flat.feeKind() == Line.FeeKind.SHOP_SUPPLIES
                        ? plain(flat.percent()) + " % ≤ " + formats.money(flat.cap())
                        : formats.money(flat.amount());
            case DISCOUNT -> flat.percent() != null ? plain(flat.percent()) + " %" : formats.money(flat.amount());
        };
        Money amount = price.amountOf(line.id());
        String shownAmount = amount == null
                ? ""
                : line.kind() == Line.Kind.DISCOUNT ? "−" + formats.money(amount) : formats.money(amount);
        return new LineRow(
                line.id().value(),
                line.kind().name(),
                line.description(),
                flat.partNumber(),
                flat.condition() == null ? null : flat.condition().name(),
                quantity,
                money ? rate : null,
                money ? shownAmount : null,
                flat.taxable());
    }

    /** Totals in the one money format; no discount is none (null), not "−$0.00". */
    static Amounts amounts(Totals totals, Formats formats) {
        return new Amounts(
                formats.money(totals.labor()),
                formats.money(totals.parts()),
                formats.money(totals.fees()),
                totals.discounts() == null || totals.discounts().signum() == 0
                        ? null
                        : formats.money(totals.discounts()),
                formats.money(totals.tax()),
                formats.money(totals.total()));
    }

    private static String plain(BigDecimal value) {
        return Objects.requireNonNullElse(Formats.plain(value), "");
    }
}
