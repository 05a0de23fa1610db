package app.pitwall.cannedjobs;

import app.pitwall.repairorders.LineDraft;
import java.util.List;

/** A canned job as staff write it; for a change, null fields stay and given lines replace all lines. */
public record CannedJobDraft(String name, String title, String complaint, String correction, List<LineDraft> lines) {}
