package org.latentexplorer.ui.training;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentexplorer.model.TrainingHistory;
import org.latentexplorer.ui.training.TrainingViewModel.LossPoint;

/** The loss chart's series of one run: per epoch (train, test, an adversarial model's discriminator) and per batch. */
final class LossCurves {
    final ObservableList<LossPoint> train = FXCollections.observableArrayList();
    final ObservableList<LossPoint> test = FXCollections.observableArrayList();
    final ObservableList<LossPoint> batch = FXCollections.observableArrayList();
    final ObservableList<LossPoint> discriminator = FXCollections.observableArrayList();

    void epoch(TrainingHistory.Epoch e) {
        train.add(new LossPoint(e.epoch(), e.trainLoss(), e.stage()));
        test.add(new LossPoint(e.epoch(), e.testLoss(), e.stage()));
        if (Double.isFinite(e.discriminatorLoss())) discriminator.add(new LossPoint(e.epoch(), e.discriminatorLoss(), e.stage()));
    }

    void clear() {
        train.clear();
        test.clear();
        batch.clear();
        discriminator.clear();
    }
}
