package app.pitwall.tenancy.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a logo's format by its first bytes: the PNG signature, the JPEG start-of-image marker, or SVG markup (an
 * XML declaration, comments or a doctype, then an {@code <svg} root). Whatever the browser claimed is ignored.
 */
final class LogoImages {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private LogoImages() {}

    static Optional<String> contentType(byte[] image) {
        if (startsWith(image, PNG)) {
            return Optional.of("image/png");
        }
        if (image.length > 3 && (image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8 && (image[2] & 0xff) == 0xff) {
            return Optional.of("image/jpeg");
        }
        return svg(image) ? Optional.of("image/svg+xml") : Optional.empty();
    }

    private static boolean svg(byte[] image) {
        String text = new String(image, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String start = text.strip().toLowerCase(Locale.ROOT);
        if (!(start.startsWith("<?xml")
                || start.startsWith("<svg")
                || start.startsWith("<!--")
                || start.startsWith("<!doctype svg"))) {
            return false;
        }
        int root = start.indexOf("<svg");
        return root >= 0 && start.lastIndexOf("</svg>") > root || start.matches("(?s).*<svg[^>]*/>\\s*");
    }

    private static boolean startsWith(byte[] image, byte[] signature) {
        if (image.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (image[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
