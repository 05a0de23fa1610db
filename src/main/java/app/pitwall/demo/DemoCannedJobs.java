package app.pitwall.demo;

import app.pitwall.access.Actor;
import app.pitwall.cannedjobs.CannedJob;
import app.pitwall.cannedjobs.CannedJobDraft;
import app.pitwall.cannedjobs.CannedJobs;
import app.pitwall.repairorders.LineDraft;
import app.pitwall.shopsetup.LaborRateId;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Three canned jobs a shop writes first. Their labor lines carry hours and no rate, so each takes the default rate of
 * the location whose order it is added to.
 */
@Component
class DemoCannedJobs {

    /** The canned jobs made, in the order the demo day uses them. */
    record Made(CannedJob oilChange, CannedJob brakes, CannedJob tireRotation) {}

    private final CannedJobs cannedJobs;

    DemoCannedJobs(CannedJobs cannedJobs) {
        this.cannedJobs = cannedJobs;
    }

    Made create(Actor owner) {
        CannedJob oil = cannedJobs.create(
                owner,
                new CannedJobDraft(
                        "Oil change, full synthetic",
                        "Oil and filter change, full synthetic 0W-20",
                        "Due for an oil change",
                        "Drained and replaced engine oil and filter; reset the service reminder.",
                        List.of(
                                labor("Oil and filter change", "0.5"),
                                part("Full synthetic 0W-20 oil, 1 qt", "OIL-0W20-1Q", "5", "6.20", "9.99"),
                                part("Oil filter", "FLT-51356", "1", "4.10", "12.49"))));
        CannedJob brakes = cannedJobs.create(
                owner,
                new CannedJobDraft(
                        "Front brake pads and rotors",
                        "Replace front brake pads and rotors",
                        "Squeal or grinding from the front when braking",
                        "Replaced front pads and rotors, cleaned and lubricated the slides, road tested.",
                        List.of(
                                labor("Replace front pads and rotors", "1.8"),
                                part("Ceramic brake pad set, front", "BRK-PAD-F220", "1", "41.00", "89.99"),
                                part("Brake rotor, front", "BRK-ROT-F118", "2", "38.50", "74.50"))));
        CannedJob tires = cannedJobs.create(
                owner,
                new CannedJobDraft(
                        "Tire rotation and balance",
                        "Rotate and balance four tires",
                        "Due for a tire rotation",
                        "Rotated and balanced four tires; set pressures to the door placard.",
                        List.of(
                                labor("Rotate and balance four tires", "0.8"),
                                part("Wheel weight, stick-on", "WW-STICK-05", "4", "0.40", "1.25"))));
        return new Made(oil, brakes, tires);
    }

    static LineDraft labor(String description, String hours) {
        return labor(description, hours, null);
    }

    /** A labor line of {@code hours} at the given rate of the order's location, or its default rate if null. */
    static LineDraft labor(String description, String hours, LaborRateId rate) {
        return LineDraft.labor(description, new BigDecimal(hours), rate);
    }

    static LineDraft part(String description, String number, String quantity, String cost, String price) {
        return LineDraft.part(
                description, number, new BigDecimal(quantity), new BigDecimal(cost), new BigDecimal(price));
    }
}
