package org.latentexplorer.model;

import org.latentexplorer.data.DatasetSource;

import java.util.ArrayList;
import java.util.List;

/** What happened in training, epoch by epoch; stored in the bundle so a loaded model shows its loss curve. */
public final class TrainingHistory {
    /**
     * One finished epoch. {@code testLoss} is NaN when there was no test split; {@code stage} names the part of a
     * staged run it belongs to ("layer 1: 784→100", "fine-tune"), empty for ordinary training;
     * {@code discriminatorLoss} is an adversarial autoencoder's discriminator loss (NaN for other models).
     */
    public record Epoch(int epoch, double trainLoss, double testLoss, double seconds, String stage,
                        double discriminatorLoss) {
        public Epoch {
            stage = stage == null ? "" : stage;
        }

        public Epoch(int epoch, double trainLoss, double testLoss, double seconds, String stage) {
            this(epoch, trainLoss, testLoss, seconds, stage, Double.NaN);
        }

        public Epoch(int epoch, double trainLoss, double testLoss, double seconds) {
            this(epoch, trainLoss, testLoss, seconds, "", Double.NaN);
        }
    }

    private String currentStage = "";

    private final List<Epoch> epochs = new ArrayList<>();
    private String settings = "";
    private DatasetSource datasetSource;

    /** Adds an epoch, tagged with the current stage if it has none. */
    public synchronized void add(Epoch epoch) {
        epochs.add(epoch.stage().isEmpty() && !currentStage.isEmpty()
                ? new Epoch(epoch.epoch(), epoch.trainLoss(), epoch.testLoss(), epoch.seconds(), currentStage,
                        epoch.discriminatorLoss()) : epoch);
    }

    /** Names the stage the next epochs belong to (layer-wise training); empty ends staging. */
    public synchronized void beginStage(String stage) {
        currentStage = stage == null ? "" : stage;
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

    /** Where the training data came from (stored so the model finds it again), or null if unknown. */
    public synchronized DatasetSource datasetSource() {
        return datasetSource;
    }

    public synchronized void setDatasetSource(DatasetSource source) {
        this.datasetSource = source;
    }

    public synchronized double totalSeconds() {
        double total = 0;
        for (Epoch e : epochs) total += e.seconds();
        return total;
    }
}
