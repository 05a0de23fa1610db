package app.pitwall.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pitwall.support.DeclaredPngs;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A logo's pixels are judged by its header first and decoded only subsampled, to at most 600 × 200. */
class LogoPixelsTest {

    @Test
    void theSizeIsReadFromTheHeaderWithoutDecoding() {
        assertThat(LogoPixels.size(DeclaredPngs.headerOnly(5000, 5000))).hasValue(new LogoPixels.Size(5000, 5000));
        assertThat(LogoPixels.size("not an image".getBytes())).isEmpty();
    }

    @Test
    void aPngDeclaringFiveThousandPixelsSquareIsDownscaledToFit() throws Exception {
        byte[] declared = DeclaredPngs.black(5000, 5000);
        assertThat(declared.length).isLessThan(100 * 1024);

        byte[] fitted = LogoPixels.fitted(declared, "image/png");

        BufferedImage logo = read(fitted);
        assertThat(logo.getWidth()).isEqualTo(200);
        assertThat(logo.getHeight()).isEqualTo(200);
    }

    @Test
    void tooManyPixelsAreRefusedFromTheHeaderAloneBeforeAnythingIsDecoded() {
        assertThatThrownBy(() -> LogoPixels.fitted(DeclaredPngs.headerOnly(20_000, 20_000), "image/png"))
                .isInstanceOf(LogoPixels.Refused.class)
                .hasMessageContaining("20000 × 20000 pixels");
        assertThatThrownBy(() -> LogoPixels.fitted(DeclaredPngs.headerOnly(8000, 8000), "image/png"))
                .hasMessageContaining("at most 36 megapixels");
        assertThatThrownBy(() -> LogoPixels.fitted(DeclaredPngs.headerOnly(600, 200), "image/png"))
                .as("a header without pixels is unreadable, not a logo")
                .hasMessageContaining("cannot be read");
    }

    @Test
    void aWideJpegKeepsItsFormatAndProportionAndASmallPngItsSize() throws Exception {
        BufferedImage wide = new BufferedImage(1800, 300, BufferedImage.TYPE_INT_RGB);
        var graphics = wide.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, 900, 300);
        graphics.dispose();

        byte[] jpeg = LogoPixels.fitted(encode(wide, "jpeg"), "image/jpeg");
        byte[] small =
                LogoPixels.fitted(encode(new BufferedImage(120, 40, BufferedImage.TYPE_INT_ARGB), "png"), "image/png");

        assertThat(LogoImages.contentType(jpeg)).hasValue("image/jpeg");
        assertThat(read(jpeg).getWidth()).isEqualTo(600);
        assertThat(read(jpeg).getHeight()).isEqualTo(100);
        assertThat(read(small).getWidth()).isEqualTo(120);
        assertThat(read(small).getHeight()).isEqualTo(40);
        assertThat(read(small).getColorModel().hasAlpha()).isTrue();
    }

    private static BufferedImage read(byte[] image) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(image));
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
