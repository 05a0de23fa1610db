package app.pitwall.repairorders;

import java.util.List;
import java.util.UUID;

/**
 * A job to add to a repair order with its lines: written by hand, or made from a canned job ({@code cannedJobId}, kept
 * on the job to tell where it came from).
 */
public record NewJob(Job.JobDetails details, List<LineDraft> lines, UUID cannedJobId) {

    public NewJob(Job.JobDetails details, List<LineDraft> lines) {
        this(details, lines, null);
    }
}
