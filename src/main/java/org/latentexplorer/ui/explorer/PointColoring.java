package org.latentexplorer.ui.explorer;

import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.wall.PointColours;

import java.util.Locale;

/** The wall's colours for data without classes: each image's reconstruction error, with a legend that says so. */
final class PointColoring {
    private PointColoring() {}

    static PointColours byError(float[] errors) {
        double[] range = PointColours.range(errors);
        return new PointColours(PointColours.colours(errors, range), Messages.get("wall.errorLegend"),
                Messages.get("wall.errorLegend.low", String.format(Locale.ROOT, "%.4f", range[0])),
                Messages.get("wall.errorLegend.high", String.format(Locale.ROOT, "%.4f", range[1])));
    }
}
