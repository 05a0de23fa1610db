package app.pitwall.audit.web;

import java.util.List;

/**
 * One audit entry as the audit page shows it: when on the viewer's shop clock (the recorded UTC time
 * on hover), what in words, who by name with role, on what by name, where and from which address,
 * and each changed field as before and after. Ids and raw values stay on hover; the export keeps
 * the raw entry.
 *
 * @param actorDetail how the trail names the actor (kind and id), shown on hover
 * @param subjectLabel the kind of subject as a tag, or null when the name already says it
 * @param source the source address as read (normalised, "this machine" for loopback), {@code sourceRaw} as recorded
 */
record AuditRow(
        long seq,
        String hash,
        String time,
        String timeRecorded,
        String action,
        String actionLabel,
        String actor,
        String actorDetail,
        String actorLabel,
        String role,
        String subjectType,
        String subjectId,
        String subject,
        String subjectLabel,
        String location,
        String source,
        String sourceRaw,
        List<String> changes) {}
