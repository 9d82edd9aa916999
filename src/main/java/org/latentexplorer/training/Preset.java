package org.latentexplorer.training;

import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.model.ModelSpec;

/**
 * A named recipe from the course: the network for a dataset, how to train it, and what to look for. Read from
 * {@code presets.json} by {@link Presets}.
 *
 * @param name            the API name ({@code train --preset NAME})
 * @param summary         one line: the recipe
 * @param explanation     a paragraph for the training panel: what it is and what to look for on the wall
 * @param network         the network, for any dataset (its dataset fields are placeholders)
 * @param klScalePerPixel the KL term is divided by the values per image, C·H·W (a VAE whose BCE is a per-value mean)
 * @param config          how to train it
 */
public record Preset(String name, String summary, String explanation, ModelSpec network, boolean klScalePerPixel,
                     TrainingConfig config) {
    public ModelSpec specFor(ImageDataset data) {
        ModelSpec spec = network.forDataset(data);
        return klScalePerPixel ? spec.withKlScale(1.0 / ((double) data.channels() * data.height() * data.width())) : spec;
    }
}
