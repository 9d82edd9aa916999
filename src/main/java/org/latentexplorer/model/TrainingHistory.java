package org.latentexplorer.model;

import java.util.ArrayList;
import java.util.List;

/** What happened in training, epoch by epoch; stored in the bundle so a loaded model shows its loss curve. */
public final class TrainingHistory {
    /** One finished epoch. {@code testLoss} is NaN when there was no test split. */
    public record Epoch(int epoch, double trainLoss, double testLoss, double seconds) {}

    private final List<Epoch> epochs = new ArrayList<>();
    private String settings = "";

    public synchronized void add(Epoch epoch) {
        epochs.add(epoch);
    }

    public synchronized List<Epoch> epochs() {
        return List.copyOf(epochs);
    }

    /** A free-form description of the run (optimizer, batch size, seed...), for people reading the bundle. */
    public synchronized String settings() {
        return settings;
    }

    public synchronized void setSettings(String settings) {
        this.settings = settings == null ? "" : settings;
    }

    public synchronized double totalSeconds() {
        double total = 0;
        for (Epoch e : epochs) total += e.seconds();
        return total;
    }
}
