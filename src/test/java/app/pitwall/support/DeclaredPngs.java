package app.pitwall.support;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * PNG files written chunk by chunk, so that a tiny file can declare huge dimensions as an attacker's would: a valid
 * all-black greyscale image (a 5000 × 5000 one deflates to about 25 KB and is made without holding its pixels), or a
 * header with no pixel data at all.
 */
public final class DeclaredPngs {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private DeclaredPngs() {}

    /** A complete, decodable greyscale PNG of {@code width} × {@code height} black pixels. */
    public static byte[] black(int width, int height) {
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflated = new DeflaterOutputStream(pixels)) {
            byte[] row = new byte[width + 1];
            for (int y = 0; y < height; y++) {
                deflated.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png(width, height, pixels.toByteArray());
    }

    /** Only the signature, the header declaring {@code width} × {@code height} and the end: nothing to decode. */
    public static byte[] headerOnly(int width, int height) {
        return png(width, height, null);
    }

    private static byte[] png(int width, int height, byte[] idat) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream fields = new DataOutputStream(header);
            fields.writeInt(width);
            fields.writeInt(height);
            fields.write(new byte[] {8, 0, 0, 0, 0});
            chunk(out, "IHDR", header.toByteArray());
            if (idat != null) {
                chunk(out, "IDAT", idat);
            }
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream chunk = new DataOutputStream(out);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        chunk.writeInt(data.length);
        chunk.write(name);
        chunk.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        chunk.writeInt((int) crc.getValue());
    }
}
