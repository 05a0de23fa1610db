package app.pitwall.tenancy;

import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The shop's logo, which its customers see beside their estimates: one PNG, JPEG or SVG image of at most {@link
 * #LARGEST_BYTES} per tenant, recognised by its content (never by the name or type the browser claims). A PNG or JPEG
 * is stored re-encoded at most 600 × 200 pixels, its dimensions checked from the header before anything is decoded.
 * Every change is announced as a {@link TenantEvents} record. Each call runs inside the tenant given.
 */
public interface ShopLogos {

    /** 200 KB. */
    int LARGEST_BYTES = 200 * 1024;

    Optional<Logo> of(TenantId tenant);

    boolean exists(TenantId tenant);

    /**
     * The logo as a printed document shows it: a PNG or JPEG of at most 600 × 200 pixels. A logo stored before uploads
     * were downscaled is downscaled here (in memory, its header checked first); an SVG, or a stored image too large
     * or broken to decode safely, is left out, so that printing never depends on what the file holds.
     */
    Optional<Logo> printable(TenantId tenant);

    /**
     * Replaces the logo; refuses (400, field {@code logo}) anything but a PNG, JPEG or SVG image of at most 200 KB, and
     * with {@link UnusablePixels} a PNG or JPEG that is unreadable or declares too many pixels. A PNG or JPEG is stored
     * re-encoded to fit 600 × 200 pixels.
     */
    void change(TenantId tenant, UUID actorId, byte[] image);

    void remove(TenantId tenant, UUID actorId);

    /** A stored logo with the content type its bytes were recognised as. */
    record Logo(String contentType, byte[] image, Instant changedAt) {}

    /** A PNG or JPEG whose pixels cannot become a logo; the message says why in the owner's words. */
    final class UnusablePixels extends InvalidInputException {
        public UnusablePixels(String reason) {
            super("logo", reason);
        }
    }
}
