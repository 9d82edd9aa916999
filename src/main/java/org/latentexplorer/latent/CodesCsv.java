package org.latentexplorer.latent;


import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Codes as CSV, one row per image: {@code index,label,z0..z(d-1),error} (the command line's encode format). */
public final class CodesCsv {
    private CodesCsv() {}

    public static String header(int dimension) {
        StringBuilder header = new StringBuilder("index,label");
        for (int j = 0; j < dimension; j++) header.append(",z").append(j);
        return header.append(",error").toString();
    }

    public static String row(LatentCodes codes, int i) {
        StringBuilder row = new StringBuilder().append(i).append(',').append(codes.labels()[i]);
        for (float v : codes.codes()[i]) row.append(',').append(String.format(Locale.ROOT, "%.6g", v));
        return row.append(',').append(String.format(Locale.ROOT, "%.6g", codes.errors()[i])).toString();
    }

    /** Writes the header and every row (the stream is flushed, not closed). */
    public static void write(LatentCodes codes, OutputStream stream) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        w.println(header(codes.dimension()));
        for (int i = 0; i < codes.count(); i++) w.println(row(codes, i));
        w.flush();
        if (w.checkError()) throw new IOException("writing the CSV failed");
    }
}
