package app.pitwall.demo;

import app.pitwall.appointments.AppointmentDetails;
import app.pitwall.appointments.AppointmentId;
import app.pitwall.appointments.Appointments;
import app.pitwall.approvals.Approvals;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.JobApproval;
import app.pitwall.repairorders.JobTemplates;
import app.pitwall.repairorders.NewJob;
import app.pitwall.repairorders.NewRepairOrder;
import app.pitwall.repairorders.OrderDetails;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrders;
import app.pitwall.shopsetup.Bay;
import app.pitwall.shopsetup.LaborRate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The demo shop's day, made through the ordinary use cases: a calendar with appointments today and tomorrow (in the
 * location's time zone), and repair orders on the job board in the states a day passes through: one awaiting the
 * customer's approval with a working link, one in progress and one ready for pick-up.
 */
@Component
class DemoDay {

    /** What the start banner points to: the approval link of the order awaiting approval. */
    record Made(long awaitingNumber, String approvalUrl) {}

    private final Appointments appointments;
    private final RepairOrders orders;
    private final JobTemplates templates;
    private final Approvals approvals;
    private final DemoShopSetup setup;
    private final Clock clock;

    DemoDay(
            Appointments appointments,
            RepairOrders orders,
            JobTemplates templates,
            Approvals approvals,
            DemoShopSetup setup,
            Clock clock) {
        this.appointments = appointments;
        this.orders = orders;
        this.templates = templates;
        this.approvals = approvals;
        this.setup = setup;
        this.clock = clock;
    }

    Made create(DemoStaff staff, DemoLocations locations, DemoCustomers.Made who, DemoCannedJobs.Made canned) {
        UUID downtown = locations.downtown().value();
        UUID northside = locations.northside().value();
        List<Bay> downtownBays = setup.bays(staff.advisor(), downtown);
        List<Bay> northsideBays = setup.bays(staff.advisor(), northside);
        UUID tara = staff.technician().userId();
        LocalDate today = LocalDate.now(clock.withZone(DemoLocations.ZONE));
        LocalDate tomorrow = today.plusDays(1);

        UUID mariasVisit = book(
                staff,
                who.mariasAccord(),
                downtownBays.get(0),
                tara,
                today,
                8,
                0,
                90,
                "Brake noise",
                "Customer waits in the lounge; prefers a text when ready.");
        RepairOrder awaiting = awaitingApproval(staff, who.mariasAccord(), mariasVisit, at(today, 17, 0), canned);
        book(
                staff,
                who.priyasOutback(),
                downtownBays.get(1),
                tara,
                today,
                15,
                0,
                60,
                "Oil change",
                "First visit; asked about a tire rotation too.");
        book(staff, who.hannahsPrius(), northsideBays.get(0), null, today, 10, 30, 60, "Check engine light", null);
        book(
                staff,
                who.jamessTruck(),
                downtownBays.get(0),
                tara,
                tomorrow,
                9,
                0,
                120,
                "Annual state inspection",
                "Drop-off; keys in the night box.");
        book(
                staff,
                who.fleetVan(),
                northsideBays.get(1),
                null,
                tomorrow,
                13,
                0,
                90,
                "Oil change",
                "Fleet account: PO number required.");

        inProgress(staff, who.jamessTesla(), canned);
        ready(staff, who.jamessTruck());
        var link = approvals.requestApproval(staff.advisor(), awaiting.id(), null);
        return new Made(awaiting.number(), link.url());
    }

    /** Checked in this morning: a canned brake job and a hand-written one, sent for approval by the caller. */
    private RepairOrder awaitingApproval(
            DemoStaff staff,
            DemoCustomers.Visitor maria,
            UUID appointment,
            Instant promised,
            DemoCannedJobs.Made canned) {
        RepairOrder order = appointments.checkIn(
                staff.advisor(),
                new AppointmentId(appointment),
                new Appointments.CheckIn(null, maria.miles() + 1_140, "Squeal from the front when braking", promised),
                null);
        order = orders.addJob(
                staff.advisor(),
                order.id(),
                templates.job(staff.advisor(), canned.brakes().id().value()),
                null);
        return orders.addJob(
                staff.advisor(),
                order.id(),
                new NewJob(
                        details("Replace wiper blades", "Wipers streak in the rain", null),
                        List.of(
                                DemoCannedJobs.labor("Replace wiper blades", "0.2"),
                                DemoCannedJobs.part("Wiper blade, 22 in", "WB-22", "2", "8.00", "18.99"))),
                null);
    }

    /** A walk-in tire rotation, approved at the counter and started by the technician. */
    private void inProgress(DemoStaff staff, DemoCustomers.Visitor tesla, DemoCannedJobs.Made canned) {
        RepairOrder order = orders.open(
                staff.advisor(),
                new NewRepairOrder(
                        tesla.location(),
                        tesla.customerId(),
                        tesla.vehicleId(),
                        new OrderDetails(
                                null,
                                List.of(staff.technician().userId()),
                                tesla.miles() + 2_310,
                                null,
                                null,
                                List.of("Due for a tire rotation"),
                                null),
                        List.of(templates.job(
                                staff.advisor(), canned.tireRotation().id().value()))));
        approveAtTheCounter(staff, order, "James Okafor");
        orders.transition(staff.technician(), order.id(), RepairOrder.Status.IN_PROGRESS, null, null);
    }

    /** A check-engine diagnosis at the diagnostic rate, done and ready for pick-up. */
    private void ready(DemoStaff staff, DemoCustomers.Visitor truck) {
        LaborRate diagnostic = setup.rate(staff.advisor(), truck.location(), DemoShopSetup.DIAGNOSTIC);
        RepairOrder order = orders.open(
                staff.advisor(),
                new NewRepairOrder(
                        truck.location(),
                        truck.customerId(),
                        truck.vehicleId(),
                        new OrderDetails(
                                null,
                                List.of(staff.technician().userId()),
                                truck.miles() + 1_975,
                                null,
                                null,
                                List.of("Check engine light on since last week"),
                                null),
                        List.of(new NewJob(
                                details(
                                        "Diagnose check engine light",
                                        "Check engine light on since last week",
                                        "Code P0455: large EVAP leak; the gas cap seal was cracked."),
                                List.of(DemoCannedJobs.labor(
                                        "Diagnostic scan and smoke test", "1.0", diagnostic.id()))))));
        approveAtTheCounter(staff, order, "James Okafor");
        order = orders.transition(staff.technician(), order.id(), RepairOrder.Status.IN_PROGRESS, null, null);
        for (Job job : order.jobs()) {
            order = orders.completeJob(staff.technician(), order.id(), job.id(), null);
        }
        orders.transition(staff.technician(), order.id(), RepairOrder.Status.READY, null, null);
    }

    private void approveAtTheCounter(DemoStaff staff, RepairOrder order, String customer) {
        approvals.recordVerbal(
                staff.advisor(),
                order.id(),
                new Approvals.VerbalApproval(
                        order.jobs().stream().map(Job::id).toList(),
                        List.of(),
                        customer,
                        JobApproval.Method.IN_PERSON,
                        null),
                null);
    }

    private UUID book(
            DemoStaff staff,
            DemoCustomers.Visitor visitor,
            Bay bay,
            UUID technician,
            LocalDate day,
            int hour,
            int minute,
            int minutes,
            String service,
            String notes) {
        Instant start = at(day, hour, minute);
        return appointments
                .book(
                        staff.advisor(),
                        new AppointmentDetails(
                                visitor.location(),
                                bay.id(),
                                technician,
                                visitor.customerId(),
                                visitor.vehicleId(),
                                start,
                                start.plusSeconds(minutes * 60L),
                                List.of(service),
                                notes))
                .appointment()
                .id()
                .value();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(DemoLocations.ZONE).toInstant();
    }

    private static Job.JobDetails details(String title, String complaint, String cause) {
        return new Job.JobDetails(title, complaint, cause, null, null, null);
    }
}
