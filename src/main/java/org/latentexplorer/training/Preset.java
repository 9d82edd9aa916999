package org.latentexplorer.training;

import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.model.ModelSpec;

import java.util.function.Function;

/**
 * A named recipe from the course: the network for a dataset, how to train it, and what to look for.
 *
 * @param name        the API name ({@code train --preset NAME})
 * @param summary     one line: the recipe
 * @param explanation a paragraph for the training panel: what it is and what to look for on the wall
 */
public record Preset(String name, String summary, String explanation, Function<ImageDataset, ModelSpec> spec,
                     TrainingConfig config) {
    /** The recipe's network for {@code data}, taking as many channels as its images have. */
    public ModelSpec specFor(ImageDataset data) {
        return spec.apply(data).withChannels(data.channels());
    }
}
