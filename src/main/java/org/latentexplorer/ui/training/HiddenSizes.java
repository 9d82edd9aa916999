package org.latentexplorer.ui.training;

import java.util.ArrayList;
import java.util.List;

/** The training form's hidden layer sizes, as the user types them ("512, 256" or "512 256"). */
final class HiddenSizes {
    private HiddenSizes() {}

    /** The sizes, input side first; empty text means none. A size below 1 or a word is a NumberFormatException. */
    static List<Integer> parse(String text) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isBlank()) continue;
            int v = Integer.parseInt(part.trim());
            if (v < 1) throw new NumberFormatException(part);
            sizes.add(v);
        }
        return sizes;
    }
}
