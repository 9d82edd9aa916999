package org.latentexplorer.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Class names from a {@code classes.txt} (one per line, UTF-8), padded with label numbers. */
public final class ClassNames {
    public static final String FILE = "classes.txt";
    /** More classes than any dataset here has; a label column of large numbers is more likely not labels. */
    static final int MAX_CLASSES = 10_000;

    private ClassNames() {}

    /** The names in {@code folder}'s classes.txt if there is one, then "k" for every further label up to classCount. */
    public static List<String> read(Path folder, int classCount) throws IOException {
        if (classCount > MAX_CLASSES) {
            throw new IOException(folder + ": labels go up to " + (classCount - 1) + "; at most " + MAX_CLASSES + " classes are supported");
        }
        Path file = folder.resolve(FILE);
        List<String> names = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            String text;
            try {
                // Strict decoding: a Latin-1 or UTF-16 file must say so instead of failing with "Input length = 1".
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            } catch (CharacterCodingException e) {
                throw new BadFileException(file, "dataset.classesNotUtf8");
            }
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            for (String line : text.split("\r?\n|\r")) {
                if (!line.isBlank()) names.add(line.strip());
            }
        }
        for (int i = names.size(); i < classCount; i++) names.add(Integer.toString(i));
        return names;
    }

    /** The number of classes labels 0..max imply. */
    static int count(int[]... labelArrays) {
        int max = 0;
        for (int[] labels : labelArrays) for (int l : labels) max = Math.max(max, l);
        return max + 1;
    }
}
