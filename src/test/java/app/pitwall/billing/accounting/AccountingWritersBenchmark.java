package app.pitwall.billing.accounting;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Random;
import java.util.stream.Stream;

/**
 * How fast each accounting format writes, and how much heap it needs, for a year of a busy shop: {@code documents}
 * random posted documents (default 50,000) generated as they are consumed, so nothing but the writer holds them,
 * written to a writer that only counts characters. Run it with a small heap ({@code -Xmx64m}) to see that the files
 * stream. A plain {@code main}, not a test; see docs/benchmarks.md.
 */
public final class AccountingWritersBenchmark {

    private AccountingWritersBenchmark() {}

    public static void main(String[] args) throws IOException {
        int documents = Integer.getInteger("bench.documents", 50_000);
        for (int round = 0; round < 2; round++) {
            for (AccountingFormat format : AccountingFormat.values()) {
                resetPeaks();
                Counting out = new Counting();
                RandomDocuments random = new RandomDocuments(new Random(42));
                long start = System.nanoTime();
                int[] n = {0};
                AccountingExport.Written written = AccountingExport.write(
                        format, Stream.generate(() -> random.next(n[0]++)).limit(documents), out);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (round == 1) {
                    System.out.printf(
                            "%-12s %,8d documents  %6.2f s  %,9.0f documents/s  %,7d KiB written  heap peak %4d MiB (max %d MiB)%n",
                            format.code(),
                            written.documents(),
                            seconds,
                            written.documents() / seconds,
                            out.chars / 1024,
                            heapPeakMib(),
                            Runtime.getRuntime().maxMemory() / (1024 * 1024));
                }
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long heapPeakMib() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    /** Counts what is written and keeps nothing. */
    private static final class Counting extends Writer {

        long chars;

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
