package app.pitwall.tenancy.internal;

import app.pitwall.platform.HeavyWork;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import app.pitwall.tenancy.ShopLogos;
import app.pitwall.tenancy.TenantEvents;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Logos on the tenant row in PostgreSQL. Each call runs inside the tenant it names (row-level security holds as for
 * staff) and is scoped by the tenant's id as well; a change is announced in its own transaction. An upload's pixels
 * are fitted ({@link LogoPixels}) in one of the bounded places for {@link HeavyWork}.
 */
@Service
class JdbcShopLogos implements ShopLogos {

    private static final Logger log = LoggerFactory.getLogger(JdbcShopLogos.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final HeavyWork heavyWork;

    JdbcShopLogos(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock,
            HeavyWork heavyWork) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.heavyWork = heavyWork;
    }

    @Override
    public Optional<Logo> of(TenantId tenant) {
        return inTenant(
                tenant,
                () -> jdbc.sql("""
                        SELECT logo_content_type, logo_image, logo_changed_at FROM tenant
                        WHERE id = ? AND logo_image IS NOT NULL""")
                        .param(tenant.value())
                        .query((row, n) -> new Logo(
                                row.getString("logo_content_type"),
                                row.getBytes("logo_image"),
                                row.getTimestamp("logo_changed_at").toInstant()))
                        .optional());
    }

    @Override
    public Optional<Logo> printable(TenantId tenant) {
        return of(tenant).flatMap(logo -> printable(tenant, logo));
    }

    /** Runs in the caller's thread: printing calls it from its own bounded place. */
    private static Optional<Logo> printable(TenantId tenant, Logo logo) {
        if ("image/svg+xml".equals(logo.contentType())) {
            return Optional.empty();
        }
        Optional<LogoPixels.Size> size = LogoPixels.size(logo.image());
        if (size.isPresent() && size.get().fits()) {
            return Optional.of(logo);
        }
        try {
            return Optional.of(new Logo(
                    logo.contentType(), LogoPixels.fitted(logo.image(), logo.contentType()), logo.changedAt()));
        } catch (LogoPixels.Refused refused) {
            log.warn("Tenant {}: the stored logo is printed without its image: {}", tenant, refused.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public boolean exists(TenantId tenant) {
        return inTenant(
                tenant,
                () -> jdbc.sql("SELECT logo_image IS NOT NULL FROM tenant WHERE id = ?")
                        .param(tenant.value())
                        .query(Boolean.class)
                        .optional()
                        .orElse(false));
    }

    @Override
    public void change(TenantId tenant, UUID actorId, byte[] image) {
        if (image == null || image.length == 0) {
            throw new InvalidInputException("logo", "choose a PNG, JPEG or SVG image");
        }
        if (image.length > LARGEST_BYTES) {
            throw new InvalidInputException("logo", "at most 200 KB");
        }
        String type = LogoImages.contentType(image)
                .orElseThrow(() -> new InvalidInputException("logo", "only PNG, JPEG or SVG images"));
        byte[] stored = "image/svg+xml".equals(type) ? image : heavyWork.run(tenant, () -> fitted(image, type));
        inTenant(tenant, () -> {
            jdbc.sql("""
                            UPDATE tenant SET logo_image = ?, logo_content_type = ?, logo_changed_at = ?
                            WHERE id = ?""")
                    .params(stored, type, Timestamp.from(clock.instant()), tenant.value())
                    .update();
            events.publishEvent(new TenantEvents.LogoChanged(tenant, actorId, type, stored.length));
            return null;
        });
    }

    private static byte[] fitted(byte[] image, String type) {
        try {
            return LogoPixels.fitted(image, type);
        } catch (LogoPixels.Refused refused) {
            throw new UnusablePixels(refused.getMessage());
        }
    }

    @Override
    public void remove(TenantId tenant, UUID actorId) {
        inTenant(tenant, () -> {
            int removed = jdbc.sql("""
                            UPDATE tenant SET logo_image = NULL, logo_content_type = NULL, logo_changed_at = ?
                            WHERE id = ? AND logo_image IS NOT NULL""")
                    .params(Timestamp.from(clock.instant()), tenant.value())
                    .update();
            if (removed > 0) {
                events.publishEvent(new TenantEvents.LogoRemoved(tenant, actorId));
            }
            return null;
        });
    }

    private <T> T inTenant(TenantId tenant, Supplier<T> work) {
        return TenantScope.callAs(tenant, () -> transactions.execute(status -> work.get()));
    }
}
