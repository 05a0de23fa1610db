package app.pitwall.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The process that started the embedded server on a cluster, kept beside it in {@code server.owner} as its process id
 * and start time (so a later process that got the same id is not mistaken for it). A server whose owner is alive
 * belongs to a running Pitwall and is never stopped by another start; one whose owner is gone is an orphan.
 */
record ServerOwner(long pid, long startedAtMillis) {

    static void record(Path cluster) {
        ProcessHandle self = ProcessHandle.current();
        long started = self.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        try {
            Files.writeString(file(cluster), self.pid() + " " + started + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<ServerOwner> find(Path cluster) {
        try {
            String[] fields = Files.readString(file(cluster)).strip().split(" ");
            return Optional.of(new ServerOwner(Long.parseLong(fields[0]), Long.parseLong(fields[1])));
        } catch (IOException | RuntimeException absentOrUnreadable) {
            return Optional.empty();
        }
    }

    /** Whether the recorded process is still running (and is not this one, which is starting the server anew). */
    boolean alive() {
        return pid != ProcessHandle.current().pid()
                && ProcessHandle.of(pid)
                        .filter(ProcessHandle::isAlive)
                        .filter(process -> process.info()
                                .startInstant()
                                .map(Instant::toEpochMilli)
                                .orElse(0L)
                                .equals(startedAtMillis))
                        .isPresent();
    }

    private static Path file(Path cluster) {
        return cluster.resolveSibling("server.owner");
    }
}
