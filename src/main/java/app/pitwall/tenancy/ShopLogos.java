package app.pitwall.tenancy;

import app.pitwall.platform.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The shop's logo, which its customers see beside their estimates: one PNG, JPEG or SVG image of at most {@link
 * #LARGEST_BYTES} per tenant, recognised by its content (never by the name or type the browser claims). Every change
 * is announced as a {@link TenantEvents} record. Each call runs inside the tenant given.
 */
public interface ShopLogos {

    /** 200 KB. */
    int LARGEST_BYTES = 200 * 1024;

    Optional<Logo> of(TenantId tenant);

    boolean exists(TenantId tenant);

    /** Replaces the logo; refuses (400, field {@code logo}) anything but a PNG, JPEG or SVG image of at most 200 KB. */
    void change(TenantId tenant, UUID actorId, byte[] image);

    void remove(TenantId tenant, UUID actorId);

    /** A stored logo with the content type its bytes were recognised as. */
    record Logo(String contentType, byte[] image, Instant changedAt) {}
}
