package app.pitwall.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** The latencies of one measured run, recorded from many threads, and their summary. */
final class Latencies {

    private final long[] nanos;
    private final AtomicInteger next = new AtomicInteger();

    Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    /** Claims the number of the next request, or -1 when the run has made all it should. */
    int claim() {
        int number = next.getAndIncrement();
        return number < nanos.length ? number : -1;
    }

    void record(int number, long elapsedNanos) {
        nanos[number] = elapsedNanos;
    }

    /** Median, 90th and 99th percentile and maximum in milliseconds, and requests per second over the wall time. */
    record Summary(int requests, double median, double p90, double p99, double max, double mean, double perSecond) {

        String row() {
            return "%8d | %7.2f | %7.2f | %7.2f | %7.2f | %7.2f | %8.1f"
                    .formatted(requests, median, p90, p99, max, mean, perSecond);
        }

        static String header() {
            return "requests |  median |     p90 |     p99 |     max |    mean |    req/s";
        }
    }

    Summary summary(long wallNanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return new Summary(
                sorted.length,
                percentile(sorted, 50),
                percentile(sorted, 90),
                percentile(sorted, 99),
                sorted[sorted.length - 1] / 1e6,
                mean,
                sorted.length / (wallNanos / 1e9));
    }

    /** The numbers of the {@code count} slowest requests, slowest first. */
    int[] slowest(int count) {
        return java.util.stream.IntStream.range(0, nanos.length)
                .boxed()
                .sorted((a, b) -> Long.compare(nanos[b], nanos[a]))
                .limit(count)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    double millis(int number) {
        return nanos[number] / 1e6;
    }

    /** The nearest-rank percentile. */
    private static double percentile(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
