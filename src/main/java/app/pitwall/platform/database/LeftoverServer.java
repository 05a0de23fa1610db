package app.pitwall.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a cluster's {@code postmaster.pid} says about a server an earlier process started: the process id on its
 * first line and the data directory on its second (PostgreSQL's lock file layout). The server counts as still running
 * only when that process is alive and is a {@code postgres} whose data directory is this cluster, so an unrelated
 * process that got the same id after a reboot is never stopped.
 */
record LeftoverServer(Path lockFile, long pid, boolean running) {

    /** The lock file of {@code cluster}, if there is one that names a process. */
    static Optional<LeftoverServer> find(Path cluster) {
        Path lockFile = cluster.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.readAllLines(lockFile);
        } catch (IOException absent) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).strip());
        boolean ours = sameDirectory(Path.of(lines.get(1).strip()), cluster)
                && ProcessHandle.of(pid)
                        .filter(ProcessHandle::isAlive)
                        .flatMap(process -> process.info().command())
                        .filter(command ->
                                Path.of(command).getFileName().toString().equals("postgres"))
                        .isPresent();
        return Optional.of(new LeftoverServer(lockFile, pid, ours));
    }

    private static boolean sameDirectory(Path named, Path cluster) {
        try {
            return Files.isSameFile(named, cluster);
        } catch (IOException e) {
            return false;
        }
    }
}
