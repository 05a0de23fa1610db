package app.pitwall.cannedjobs.internal;

import app.pitwall.access.Actor;
import app.pitwall.cannedjobs.CannedJob;
import app.pitwall.cannedjobs.CannedJobId;
import app.pitwall.cannedjobs.CannedJobs;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.JobTemplates;
import app.pitwall.repairorders.LineDraft;
import app.pitwall.repairorders.NewJob;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The tenant's canned jobs as templates of repair-order jobs: a job with the canned title, three Cs and lines. */
@Component
class CannedJobTemplates implements JobTemplates {

    private final CannedJobs cannedJobs;

    CannedJobTemplates(CannedJobs cannedJobs) {
        this.cannedJobs = cannedJobs;
    }

    @Override
    public List<Choice> choices(Actor actor) {
        return cannedJobs.list(actor, null, 100, null).items().stream()
                .map(canned -> new Choice(canned.id().value(), label(canned)))
                .toList();
    }

    @Override
    public NewJob job(Actor actor, UUID templateId) {
        CannedJob canned = cannedJobs
                .find(actor, new CannedJobId(templateId))
                .orElseThrow(() -> new InvalidInputException("cannedJobId", "no such canned job"));
        return new NewJob(
                new Job.JobDetails(canned.title(), canned.complaint(), null, canned.correction(), null, null),
                canned.lines().stream().map(LineDraft::of).toList(),
                canned.id().value());
    }

    private static String label(CannedJob canned) {
        return canned.name().equals(canned.title()) ? canned.name() : canned.name() + " · " + canned.title();
    }
}
