package io.github.kargo4j.model.bench;

import io.github.kargo4j.model.io.ManifestFiles;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times {@link ManifestFiles#list(java.util.Collection)} of one directory in this JVM: the first listing (cold: the
 * walk's code interpreted, the file system's caches warm from the runs before) and the median of the ones after it.
 * Prints one line, {@code files cold-ms warm-ms}, for {@code bench/listing.sh} to collect over fresh JVMs. It uses the
 * public API only, so it runs against another version's jar as well.
 *
 * <p>Run: {@code bench/listing.sh [runs]}.
 */
public final class ListingBenchmark {

    private ListingBenchmark() {
    }

    /**
     * @param args the directory, and how many listings after the first (default 9)
     */
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        long t0 = System.nanoTime();
        int files = ManifestFiles.list(List.of(dir)).files().size();
        double cold = (System.nanoTime() - t0) / 1e6;
        double[] warm = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            if (ManifestFiles.list(List.of(dir)).files().size() != files) {
                throw new IllegalStateException("the directory changed while it was listed");
            }
            warm[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "%d %.1f %.1f%n", files, cold, warm[rounds / 2]);
    }
}
