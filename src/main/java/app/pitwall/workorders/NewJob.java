package app.pitwall.workorders;

import java.util.List;

/** A job to add to a repair order, written by hand, with its lines. */
public record NewJob(Job.JobDetails details, List<LineDraft> lines) {}
