package app.pitwall.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Documents generated from the code are committed; a test compares the committed text with what the code would
 * write now and fails when they differ, so {@code verify} never changes the tree. Run the test with
 * {@code -Dpitwall.docs.write=true} to rewrite the committed document instead.
 */
public final class CommittedDocs {

    private static final String WRITE = "pitwall.docs.write";

    private CommittedDocs() {}

    public static void assertCommitted(Path document, String expected) {
        if (Boolean.getBoolean(WRITE)) {
            write(document, expected);
            return;
        }
        assertThat(read(document))
                .as(
                        "%s is out of date with the code; rerun this test with -D%s=true and commit the result",
                        document, WRITE)
                .isEqualTo(expected);
    }

    public static String read(Path document) {
        try {
            return Files.exists(document) ? Files.readString(document) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path document, String text) {
        try {
            Files.createDirectories(document.toAbsolutePath().getParent());
            Files.writeString(document, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
