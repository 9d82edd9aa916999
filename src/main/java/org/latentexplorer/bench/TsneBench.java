package org.latentexplorer.bench;

import org.latentexplorer.latent.Tsne;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * t-SNE of exported codes (the {@code encode} command's CSV) with the app's {@link Tsne}, timed, beside another
 * program's embedding of the same codes; both scored by {@link Tsne#neighbourKl} (same P, exact Q). Run by
 * {@code scripts/tsne-vs-sklearn.sh}:
 * {@code java -cp latent-explorer.jar org.latentexplorer.bench.TsneBench CODES.csv OURS.csv [THEIRS.csv SECONDS CPU_SECONDS NAME]}.
 */
public final class TsneBench {
    private TsneBench() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 6) {
            System.err.println("usage: TsneBench CODES.csv OUT.csv [REFERENCE.csv REFERENCE_SECONDS REFERENCE_CPU_SECONDS REFERENCE_NAME]");
            System.exit(2);
        }
        float[][] codes = readRows(Path.of(args[0]), 2, 1);
        Tsne.Options options = Tsne.Options.defaults();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
        double[][] ours = Tsne.embed(codes, options, (done, total, kl) -> {
            if (!Double.isNaN(kl) && done % 250 == 0) System.err.printf(Locale.ROOT, "  step %d of %d, KL %.4f%n", done, total, kl);
        }, () -> false);
        double seconds = (System.nanoTime() - t0) / 1e9, cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        StringBuilder csv = new StringBuilder("x,y\n");
        for (double[] p : ours) csv.append(String.format(Locale.ROOT, "%.6g,%.6g%n", p[0], p[1]));
        Files.writeString(Path.of(args[1]), csv, StandardCharsets.UTF_8);

        PrintStream out = System.out;
        out.printf(Locale.ROOT, "%d codes of %d numbers, perplexity %.0f, %d iterations, theta %.1f%n", codes.length,
                codes[0].length, options.perplexity(), options.iterations(), options.theta());
        out.printf(Locale.ROOT, "%-28s %10s %12s %22s%n", "program", "seconds", "CPU seconds", "KL (same P, exact Q)");
        out.printf(Locale.ROOT, "%-28s %10.2f %12.2f %22.4f%n", "Latent Explorer Tsne", seconds, cpu,
                Tsne.neighbourKl(codes, ours, options.perplexity()));
        if (args.length == 6) {
            float[][] theirs = readRows(Path.of(args[2]), 0, 0);
            if (theirs.length != codes.length) throw new IllegalArgumentException(args[2] + " has " + theirs.length + " rows, the codes " + codes.length);
            double[][] reference = new double[theirs.length][];
            for (int i = 0; i < theirs.length; i++) reference[i] = new double[] {theirs[i][0], theirs[i][1]};
            double refSeconds = Double.parseDouble(args[3]), refCpu = Double.parseDouble(args[4]);
            out.printf(Locale.ROOT, "%-28s %10.2f %12.2f %22.4f%n", args[5], refSeconds, refCpu,
                    Tsne.neighbourKl(codes, reference, options.perplexity()));
            out.printf(Locale.ROOT, "ratio Latent Explorer / %s: %.2f in time, %.2f in CPU time%n", args[5], seconds / refSeconds, cpu / refCpu);
        }
    }

    /** A CSV with a header, as floats, without the first {@code skipFirst} and last {@code skipLast} columns. */
    static float[][] readRows(Path file, int skipFirst, int skipLast) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<float[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] cells = line.split(",");
            float[] row = new float[cells.length - skipFirst - skipLast];
            for (int j = 0; j < row.length; j++) row[j] = Float.parseFloat(cells[skipFirst + j].trim());
            rows.add(row);
        }
        return rows.toArray(new float[0][]);
    }
}
