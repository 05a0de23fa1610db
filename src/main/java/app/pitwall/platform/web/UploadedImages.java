package app.pitwall.platform.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Serves an image that a user uploaded (a shop's logo) so that it can only ever be an image: the stored content type,
 * {@code X-Content-Type-Options: nosniff}, and for SVG a policy that runs no script and loads nothing even when the
 * image is opened on its own (SVG can carry script; inside an {@code <img>} browsers never run it).
 */
public final class UploadedImages {

    /** For SVG opened directly: a sandboxed document that may use its own inline styles and nothing else. */
    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private UploadedImages() {}

    public static ResponseEntity<byte[]> inline(String contentType, byte[] image) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline");
        if ("image/svg+xml".equals(contentType)) {
            response.header("Content-Security-Policy", SVG_POLICY);
        }
        return response.body(image);
    }
}
