package app.pitwall.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One fresh data directory (embedded PostgreSQL cluster, keys) per test run, under {@code target/}. */
public final class TestDataDirectory {

    private static final Path DIRECTORY = create();

    private TestDataDirectory() {}

    public static Path path() {
        return DIRECTORY;
    }

    private static Path create() {
        try {
            Path target = Path.of("target").toAbsolutePath();
            Files.createDirectories(target);
            Path directory = Files.createTempDirectory(target, "test-data-");
            directory.toFile().setReadable(true, false);
            directory.toFile().setExecutable(true, false);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
