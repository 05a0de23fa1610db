package app.pitwall.identity.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.RecentAuthentication;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.TenantScope;
import app.pitwall.platform.web.ProblemType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.commons.codec.binary.Base32;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A user sets up, confirms and removes their authenticator app. Setting up and removing need a
 * recent re-authentication; removing also needs a code, and is refused while the tenant requires
 * MFA of the user. Only people signed in with a password manage MFA, never API tokens.
 */
@Service
public class TotpEnrolment {

    private final SecondFactors factors;
    private final TenantSecuritySettings settings;
    private final SessionCache cache;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TotpEnrolment(
            SecondFactors factors,
            TenantSecuritySettings settings,
            SessionCache cache,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.factors = factors;
        this.settings = settings;
        this.cache = cache;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What an authenticator app needs: the secret in Base32, the {@code otpauth://} URI, and its QR code. */
    public record Setup(String secret, String otpauthUri, String qrCode) {}

    /** The user's MFA as the user may see it. */
    public record Status(boolean enabled, boolean enrolmentPending, boolean enrolmentRequired, int recoveryCodesLeft) {}

    public Status status(Actor actor) {
        requirePerson(actor);
        SecondFactors.Status status = TenantScope.callAs(
                actor.tenantId(), () -> transactions.execute(s -> factors.status(actor.tenantId(), actor.userId())));
        return new Status(
                status.enabled(), status.enrolmentPending(), actor.mfaEnrolmentRequired(), status.recoveryCodesLeft());
    }

    public Setup start(Actor actor) {
        requirePerson(actor);
        RecentAuthentication.require(actor, clock);
        return TenantScope.callAs(
                actor.tenantId(),
                () -> transactions.execute(s -> {
                    if (factors.enabled(actor.tenantId(), actor.userId())) {
                        throw new ConflictException(
                                ProblemType.MFA_ALREADY_ENABLED, "Two-step verification is already on.");
                    }
                    return setup(actor, factors.startEnrolment(actor.tenantId(), actor.userId()));
                }));
    }

    /**
     * The set-up started and not yet confirmed, shown again (after a mistyped first code), or empty when there is
     * none. Needs a recent re-authentication, as starting does.
     */
    public Optional<Setup> pendingSetup(Actor actor) {
        requirePerson(actor);
        RecentAuthentication.require(actor, clock);
        return TenantScope.callAs(
                actor.tenantId(),
                () -> transactions.execute(s ->
                        factors.pendingSecret(actor.tenantId(), actor.userId()).map(secret -> setup(actor, secret))));
    }

    private Setup setup(Actor actor, byte[] secretBytes) {
        String email = jdbc.sql("SELECT email FROM user_account WHERE tenant_id = ? AND id = ?")
                .params(actor.tenantId().value(), actor.userId())
                .query(String.class)
                .single();
        String secret = new Base32().encodeToString(secretBytes);
        String label = URLEncoder.encode("Pitwall:" + email, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%3A", ":")
                .replace("%40", "@");
        String uri =
                "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Pitwall&algorithm=SHA1&digits=6&period=30";
        return new Setup(secret, uri, QrCodes.svgDataUri(uri));
    }

    /** Turns MFA on with a first code and returns the recovery codes, shown this once. */
    public List<String> confirm(Actor actor, String code) {
        requirePerson(actor);
        List<String> codes = TenantScope.callAs(
                actor.tenantId(),
                () -> transactions.execute(s -> {
                    SecondFactors.Status status = factors.status(actor.tenantId(), actor.userId());
                    if (status.enabled()) {
                        throw new ConflictException(
                                ProblemType.MFA_ALREADY_ENABLED, "Two-step verification is already on.");
                    }
                    if (!status.enrolmentPending()) {
                        throw new ConflictException(ProblemType.MFA_ENROLMENT_NOT_STARTED, "Start the set-up first.");
                    }
                    return factors.confirm(actor.tenantId(), actor.userId(), code)
                            .orElseThrow(() -> new InvalidInputException(
                                    "code",
                                    "The code does not match; check the app's clock and try the current code."));
                }));
        cache.evict(actor.sessionId());
        return codes;
    }

    /** Turns MFA off after a last code (or recovery code) proves the app is at hand. */
    public void disable(Actor actor, String code) {
        requirePerson(actor);
        RecentAuthentication.require(actor, clock);
        TenantScope.runAs(
                actor.tenantId(),
                () -> transactions.executeWithoutResult(s -> {
                    if (!factors.enabled(actor.tenantId(), actor.userId())) {
                        throw new ConflictException(ProblemType.MFA_NOT_ENABLED, "Two-step verification is not on.");
                    }
                    if (settings.of(actor.tenantId()).mfaRequiredFor(actor.role())) {
                        throw new ConflictException(
                                ProblemType.MFA_REQUIRED,
                                "Your shop requires two-step verification for your role; it stays on.");
                    }
                    if (!factors.verify(actor.tenantId(), actor.userId(), code).accepted()) {
                        throw new InvalidInputException("code", "The code is wrong or was already used.");
                    }
                    factors.disable(actor.tenantId(), actor.userId());
                }));
        cache.evict(actor.sessionId());
    }

    private static void requirePerson(Actor actor) {
        if (actor.kind() != Actor.Kind.USER) {
            throw new ForbiddenException("Two-step verification belongs to people, not API tokens.");
        }
    }
}
