package app.pitwall.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The resident memory of the Pitwall JVM, read from {@code /proc/<pid>/status} while the benchmark runs. The process
 * is the Java process whose command line names {@code app.pitwall.PitwallApplication} (or a {@code pitwall} jar) and
 * whose environment has the benchmark's {@code PITWALL_DATA_DIR}.
 */
final class ResidentMemory implements AutoCloseable {

    private final long pid;
    private final Thread sampler;
    private volatile long maxKib;
    private volatile long sumKib;
    private volatile int samples;

    private ResidentMemory(long pid) {
        this.pid = pid;
        this.sampler = new Thread(this::sample, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Samples the given process every 200 ms until closed. */
    static ResidentMemory of(long pid) {
        return new ResidentMemory(pid);
    }

    static Optional<Long> findPitwall(Path dataDir) throws IOException {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes
                    .filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> {
                        String command = read(p.resolve("cmdline"));
                        String environment = read(p.resolve("environ"));
                        return command.contains("java")
                                && (command.contains("app.pitwall.PitwallApplication") || command.contains("pitwall-"))
                                && environment.contains("PITWALL_DATA_DIR=" + dataDir + "\0");
                    })
                    .map(p -> Long.parseLong(p.getFileName().toString()))
                    .findFirst();
        }
    }

    /** A field of {@code /proc/<pid>/status} in KiB, such as {@code VmRSS} or {@code VmHWM} (the peak). */
    static long statusKib(long pid, String field) {
        for (String line : read(Path.of("/proc/" + pid + "/status")).split("\n")) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("No " + field + " for process " + pid);
    }

    long maxMib() {
        return maxKib / 1024;
    }

    long meanMib() {
        return samples == 0 ? 0 : sumKib / samples / 1024;
    }

    @Override
    public void close() {
        sampler.interrupt();
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            long kib = statusKib(pid, "VmRSS");
            maxKib = Math.max(maxKib, kib);
            sumKib += kib;
            samples++;
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }
}
