package org.wicexplorer.bench.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the benchmark data into one folder: {@code events-1000.tsv}, {@code events-10000.tsv},
 * {@code events-100000.tsv} and {@code corpus-N/} (N documents). Reuses what an earlier run wrote with the
 * same parameters (a stamp file records them).
 *
 * <pre>java ... org.wicexplorer.bench.data.BenchData DIR [DOCUMENTS [TOTAL_MB]]</pre>
 */
public final class BenchData {
    public static final long SEED = 20141119L;
    public static final int[] EVENT_COUNTS = {1_000, 10_000, 100_000};

    private BenchData() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-data");
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        double mb = args.length > 2 ? Double.parseDouble(args[2]) : 100;
        for (int n : EVENT_COUNTS) {
            events(dir, n);
        }
        corpus(dir, documents, (long) (mb * 1_000_000));
    }

    public static Path events(Path dir, int count) throws IOException {
        Path file = dir.resolve("events-" + count + ".tsv");
        if (!Files.exists(file)) {
            Files.createDirectories(dir);
            Events.write(file, Events.generate(count, SEED));
        }
        return file;
    }

    /** The corpus folder, written unless an earlier run left the same one. */
    public static Path corpus(Path dir, int documents, long totalBytes) throws IOException {
        Path corpus = dir.resolve("corpus-" + documents);
        Path stamp = corpus.resolve(".stamp");
        String want = documents + " " + totalBytes + " " + SEED + " v1";
        if (Files.exists(stamp) && Files.readString(stamp, StandardCharsets.UTF_8).equals(want)) {
            return corpus;
        }
        long t0 = System.nanoTime();
        long bytes = Corpus.write(corpus, documents, totalBytes, SEED);
        Files.writeString(stamp, want, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "data: wrote %d documents, %.1f MB, in %s in %.1f s%n", documents, bytes / 1e6,
                corpus, (System.nanoTime() - t0) / 1e9);
        return corpus;
    }
}
