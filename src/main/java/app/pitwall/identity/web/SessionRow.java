package app.pitwall.identity.web;

import app.pitwall.identity.internal.SessionDirectory;
import java.util.Set;
import java.util.UUID;

/**
 * A session (one sign-in) as the session pages show it: times in the shop's zone, where from, what device, and how it
 * stands: live, or ended and why, or expired.
 *
 * @param statusKey the message key of how it stands
 */
record SessionRow(
        UUID id,
        String userName,
        String signedInAt,
        String lastActiveAt,
        String sourceAddress,
        String browser,
        String system,
        String userAgent,
        boolean current,
        boolean live,
        String statusKey) {

    private static final Set<String> KNOWN_ENDINGS = Set.of(
            "signed out",
            "signed out everywhere",
            "password changed",
            "password reset",
            "account disabled",
            "ended by its user",
            "refresh token reused");

    static SessionRow of(SessionDirectory.SessionInfo info, UUID currentSession, boolean live, StaffTime.Format time) {
        Devices.Device device = Devices.of(info.device());
        return new SessionRow(
                info.id(),
                info.userName(),
                time.format(info.signedInAt()),
                time.format(info.lastActiveAt()),
                info.sourceAddress(),
                device.browser(),
                device.system(),
                info.device(),
                info.id().equals(currentSession),
                live,
                statusKey(info, live));
    }

    private static String statusKey(SessionDirectory.SessionInfo info, boolean live) {
        if (live) {
            return "sessions.status.live";
        }
        String reason = info.endReason();
        if (info.endedAt() == null || reason == null) {
            return "sessions.status.expired";
        }
        if (KNOWN_ENDINGS.contains(reason)) {
            return "sessions.status." + reason.replace(' ', '-');
        }
        return reason.startsWith("ended by ") ? "sessions.status.ended-by-manager" : "sessions.status.ended";
    }
}
