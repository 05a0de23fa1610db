package app.pitwall.tenancy.internal;

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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Logos on the tenant row in PostgreSQL. Each call runs inside the tenant it names (row-level security holds as for
 * staff) and is scoped by the tenant's id as well; a change is announced in its own transaction.
 */
@Service
class JdbcShopLogos implements ShopLogos {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcShopLogos(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
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
        inTenant(tenant, () -> {
            jdbc.sql("""
                            UPDATE tenant SET logo_image = ?, logo_content_type = ?, logo_changed_at = ?
                            WHERE id = ?""")
                    .params(image, type, Timestamp.from(clock.instant()), tenant.value())
                    .update();
            events.publishEvent(new TenantEvents.LogoChanged(tenant, actorId, type, image.length));
            return null;
        });
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
