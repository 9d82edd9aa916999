package org.latentexplorer.ui.training;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentexplorer.latent.LatentCodes;

import java.util.function.Consumer;

/**
 * A run's test codes after every epoch (index 0: before training), so the wall can be scrubbed through time.
 * The shown epoch may be a fraction: the codes of two epochs are blended, so the points glide between them.
 */
final class EpochTimeline {
    private final ObservableList<LatentCodes> codes = FXCollections.observableArrayList();
    private final DoubleProperty shownEpoch = new SimpleDoubleProperty(this, "shownEpoch", 0);
    /** Puts codes on the wall, if the run's model is still the one there. */
    private final Consumer<LatentCodes> show;
    /** Set while the timeline moves the slider itself, so that move does not put codes on the wall twice. */
    private boolean moving;

    EpochTimeline(Consumer<LatentCodes> show) {
        this.show = show;
        shownEpoch.addListener((o, old, epoch) -> {
            if (!moving) showEpoch(epoch.doubleValue());
        });
    }

    ObservableList<LatentCodes> codes() { return codes; }
    DoubleProperty shownEpochProperty() { return shownEpoch; }

    /** Starts over with the codes before training (none: the timeline is empty). */
    void reset(LatentCodes... start) {
        codes.setAll(start);
        moveTo(0);
    }

    /** A new epoch's codes: the slider (and the wall) follows it unless the user has scrubbed back. */
    void add(LatentCodes epoch) {
        boolean wasAtEnd = shownEpoch.get() >= codes.size() - 1 - 1e-9;
        codes.add(epoch);
        if (wasAtEnd) {
            moveTo(codes.size() - 1);
            show.accept(epoch);
        }
    }

    private void moveTo(double epoch) {
        moving = true;
        shownEpoch.set(epoch);
        moving = false;
    }

    /** Puts the codes of (fractional) epoch {@code epoch} on the wall. */
    private void showEpoch(double epoch) {
        if (codes.isEmpty()) return;
        int last = codes.size() - 1;
        double e = Math.max(0, Math.min(last, epoch));
        int lo = (int) Math.floor(e), hi = Math.min(last, lo + 1);
        show.accept(blend(codes.get(lo), codes.get(hi), e - lo));
    }

    /** Codes a fraction {@code t} of the way from {@code a} to {@code b} (same images, same order). */
    static LatentCodes blend(LatentCodes a, LatentCodes b, double t) {
        if (t <= 0) return a;
        if (t >= 1) return b;
        float[][] mixed = new float[a.count()][];
        for (int i = 0; i < mixed.length; i++) {
            float[] x = a.codes()[i], y = b.codes()[i], m = new float[x.length];
            for (int j = 0; j < x.length; j++) m[j] = (float) (x[j] + t * (y[j] - x[j]));
            mixed[i] = m;
        }
        return new LatentCodes(mixed, a.labels(), t < 0.5 ? a.errors() : b.errors());
    }
}
