package org.latentexplorer.ui.common;

import org.latentexplorer.latent.PcaProjection;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.TsneProjection;
import org.latentexplorer.latent.UmapProjection;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.training.Preset;

/** The UI's wording of what the layers below describe in plain values: models, projections, recipes. */
public final class ModelTexts {
    private ModelTexts() {}

    /** The model in the course's notation ("VAE 784-400-2 relu, bce (sum) + KL"), its words in the UI's language. */
    public static String describe(ModelSpec spec) {
        return spec.describe(word -> Messages.get("model.word." + word));
    }

    /** The projection's name for the wall's caption: "PCA (84% of variance)", "t-SNE (perplexity 30)", "z0, z1". */
    public static String projection(Projection p) {
        if (p instanceof PcaProjection pca) return Messages.get("projection.pca", Math.round(pca.explainedVariance() * 100));
        if (p instanceof TsneProjection t) return Messages.get("projection.tsne", Math.round(t.perplexity()));
        if (p instanceof UmapProjection u) return Messages.get("projection.umap", u.neighbours(), twoDecimals(u.minDist()));
        return p.label(); // axis names (z0, z1) are the same in every language
    }

    /**
     * A code as "(0.12, -1.30, …)": its first {@code shown} numbers to two decimals, then "…" if it has more. The
     * same in every language (codes are numbers, written with a point, as the wall's axes are).
     */
    public static String code(float[] code, int shown) {
        double[] v = new double[code.length];
        for (int i = 0; i < v.length; i++) v[i] = code[i];
        return code(v, shown);
    }

    public static String code(double[] code, int shown) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < code.length && i < shown; i++) sb.append(i == 0 ? "" : ", ").append(twoDecimals(code[i]));
        if (code.length > shown) sb.append(", …");
        return sb.append(')').toString();
    }

    /** A number to two decimals with a point: "-1.30". */
    public static String twoDecimals(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v);
    }

    /** A recipe's one-line summary and its explanation in the UI's language (English from the recipe itself). */
    public static String presetExplanation(Preset p) {
        String key = "preset." + p.name();
        String text = Messages.get(key);
        return p.summary() + "\n\n" + (text.equals("!" + key + "!") ? p.explanation() : text);
    }
}
