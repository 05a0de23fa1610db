package app.pitwall.cannedjobs;

import app.pitwall.repairorders.Line;
import java.time.Instant;
import java.util.List;

/**
 * A reusable job template of the tenant ("Front brake pads", "Oil change 5W-30") with its lines. A labor line keeps
 * hours and, optionally, a rate; added to an order without a rate, it takes the order's location default.
 */
public record CannedJob(
        CannedJobId id,
        String name,
        String title,
        String complaint,
        String correction,
        List<Line> lines,
        Instant createdAt,
        Instant updatedAt,
        int version) {}
