package app.pitwall.tenancy.internal;

import com.twelvemonkeys.image.ResampleOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;

/**
 * A raster logo (PNG or JPEG) brought to the size a document prints and a page shows, without ever holding more of it
 * in memory than that: the pixel dimensions are read from the header before anything is decoded; an image declaring
 * more than {@link #MOST_PIXELS_PNG} (PNG, decoded a row at a time) or {@link #MOST_PIXELS_JPEG} (JPEG, whose
 * progressive form the decoder buffers whole), or more than {@link #LONGEST_SIDE} on a side, is refused; the rest is
 * decoded subsampled to about twice the target, resampled (Lanczos) to fit {@link #WIDEST} × {@link #TALLEST} and
 * encoded again in its own format, which also drops its metadata (text chunks, EXIF, colour profiles).
 */
final class LogoPixels {

    static final int WIDEST = 600;
    static final int TALLEST = 200;
    static final int LONGEST_SIDE = 10_000;
    static final long MOST_PIXELS_PNG = 36_000_000;
    static final long MOST_PIXELS_JPEG = 16_000_000;

    private LogoPixels() {}

    /** Width and height as the image's header declares them. */
    record Size(int width, int height) {

        long pixels() {
            return (long) width * height;
        }

        boolean fits() {
            return width <= WIDEST && height <= TALLEST;
        }
    }

    /** Why an image cannot be made into a logo, in the owner's words. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason);
        }
    }

    /** The header's dimensions; nothing is decoded. Empty when no reader understands the bytes. */
    static Optional<Size> size(byte[] image) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** {@code image} ({@code image/png} or {@code image/jpeg}) as a logo of at most 600 × 200 pixels. */
    static byte[] fitted(byte[] image, String contentType) throws Refused {
        boolean png = "image/png".equals(contentType);
        Size size = size(image).orElseThrow(() -> new Refused("the image cannot be read"));
        long most = png ? MOST_PIXELS_PNG : MOST_PIXELS_JPEG;
        if (size.width() < 1 || size.height() < 1) {
            throw new Refused("the image has no pixels");
        }
        if (size.width() > LONGEST_SIDE || size.height() > LONGEST_SIDE || size.pixels() > most) {
            throw new Refused("it is " + size.width() + " × " + size.height() + " pixels; at most " + (most / 1_000_000)
                    + " megapixels and " + LONGEST_SIDE + " pixels a side");
        }
        try {
            BufferedImage decoded = decode(image, size);
            BufferedImage scaled = scale(decoded, png);
            return encode(scaled, png);
        } catch (IOException | RuntimeException unreadable) {
            throw new Refused("the image cannot be read");
        }
    }

    private static BufferedImage decode(byte[] image, Size size) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            ImageReader reader = ImageIO.getImageReaders(input).next();
            try {
                reader.setInput(input, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.min(size.width() / (2 * WIDEST), size.height() / (2 * TALLEST)));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scale(BufferedImage image, boolean png) {
        double factor =
                Math.min(1.0, Math.min((double) WIDEST / image.getWidth(), (double) TALLEST / image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage standard = new BufferedImage(
                image.getWidth(),
                image.getHeight(),
                png && image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var graphics = standard.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        if (width == image.getWidth() && height == image.getHeight()) {
            return standard;
        }
        return new ResampleOp(width, height, ResampleOp.FILTER_LANCZOS).filter(standard, null);
    }

    private static byte[] encode(BufferedImage image, boolean png) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (png) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (var output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
