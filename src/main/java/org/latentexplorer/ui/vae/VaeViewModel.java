package org.latentexplorer.ui.vae;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.latent.PosteriorStats;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.FxImages;
import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.wall.WallMarker;

import java.util.ArrayList;
import java.util.List;

/**
 * A VAE's own views: how much each latent dimension is used (KL per dimension, with a warning when some
 * collapse to the prior), and the reparameterisation trick made visible: samples from one image's posterior,
 * decoded and marked on the wall around its mean.
 */
public final class VaeViewModel {
    static final Messages.Bundle TEXT = Messages.bundle("org.latentexplorer.ui.vae.messages");
    private static final String LAYER = "vae-samples";
    private static final int SAMPLE_COLOUR = 0xFF7B2CBF;

    private final ExplorerViewModel explorer;
    private final org.latentexplorer.engine.ModelEngine service;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ObservableList<Double> klPerDimension = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper klSummary = new ReadOnlyStringWrapper(this, "klSummary", "");
    private final ReadOnlyStringWrapper samplesCaption = new ReadOnlyStringWrapper(this, "samplesCaption", "");
    private final ObservableList<Image> samples = FXCollections.observableArrayList();
    private final IntegerProperty sampleCount = new SimpleIntegerProperty(this, "sampleCount", 8);
    private final BooleanProperty showEllipses = new SimpleBooleanProperty(this, "showEllipses", false);
    private ModelService.Posterior posterior;
    private ModelHandle posteriorOf;
    private long draws;

    public VaeViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        this.service = explorer.service();
        explorer.modelProperty().addListener((o, old, model) -> refresh());
        // Retraining changes the posteriors: a new epoch's codes mean new numbers.
        explorer.codesProperty().addListener((o, old, codes) -> refresh());
        showEllipses.addListener((o, was, show) -> applyEllipses());
        explorer.projectionProperty().addListener((o, old, p) -> applyEllipses());
        refresh();
    }

    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }
    public ObservableList<Double> klPerDimension() { return klPerDimension; }
    public ReadOnlyStringProperty klSummaryProperty() { return klSummary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty samplesCaptionProperty() { return samplesCaption.getReadOnlyProperty(); }
    public ObservableList<Image> samples() { return samples; }
    public IntegerProperty sampleCountProperty() { return sampleCount; }
    /** Draw each point's posterior σ as an ellipse on the wall. */
    public BooleanProperty showEllipsesProperty() { return showEllipses; }

    private void refresh() {
        ModelHandle handle = explorer.modelProperty().get();
        ImageDataset data = explorer.datasetProperty().get();
        boolean vae = handle != null && handle.spec().kind() == ModelKind.VAE && data != null;
        available.set(vae);
        posterior = null;
        posteriorOf = null;
        samples.clear();
        samplesCaption.set("");
        explorer.setMarkers(LAYER, List.of());
        if (!vae) {
            klPerDimension.clear();
            klSummary.set(TEXT.get("notVae"));
            return;
        }
        UiTasks.onFx(service.posterior(handle, data.test()), p -> {
            if (!handle.equals(explorer.modelProperty().get())) return;
            posterior = p;
            posteriorOf = handle;
            double[] kl = PosteriorStats.klPerDimension(p.mu(), p.logVar());
            List<Double> values = new ArrayList<>();
            double total = 0;
            for (double v : kl) {
                values.add(v);
                total += v;
            }
            klPerDimension.setAll(values);
            applyEllipses();
            int[] collapsed = PosteriorStats.collapsed(kl);
            klSummary.set(collapsed.length == 0 ? TEXT.get("klTotal", total)
                    : TEXT.get("klCollapsed", total, collapsed.length, java.util.Arrays.toString(collapsed)));
        }, explorer::fail);
    }

    /** Puts (or takes away) the σ ellipses of the current posteriors, through the wall's projection. */
    private void applyEllipses() {
        var scene = explorer.wallSceneProperty().get();
        Projection projection = explorer.projectionProperty().get();
        if (scene == null) return;
        if (!showEllipses.get() || posterior == null || projection == null || posterior.mu().length != scene.count()) {
            explorer.showSpreads(null);
            return;
        }
        double[][] spreads = new double[scene.count()][];
        for (int i = 0; i < spreads.length; i++) {
            float[] lv = posterior.logVar()[i];
            float[] sigma = new float[lv.length];
            for (int j = 0; j < lv.length; j++) sigma[j] = (float) Math.exp(0.5 * lv[j]);
            spreads[i] = projection.projectSpread(sigma);
            if (spreads[i] == null) {
                explorer.showSpreads(null);
                return;
            }
        }
        explorer.showSpreads(spreads);
    }

    /** Draws samples from the selected test image's posterior, decodes them and marks them on the wall. */
    public void sampleSelected() {
        int index = explorer.wallSceneProperty().get() == null ? -1 : explorer.wallSceneProperty().get().selected();
        ModelHandle handle = explorer.modelProperty().get();
        ImageDataset data = explorer.datasetProperty().get();
        if (posterior == null || handle == null || !handle.equals(posteriorOf)) return;
        if (index < 0) {
            samplesCaption.set(TEXT.get("selectFirst"));
            return;
        }
        float[] mu = posterior.mu()[index], logVar = posterior.logVar()[index];
        float[][] codes = PosteriorStats.sample(mu, logVar, sampleCount.get(), ++draws);
        Projection projection = explorer.projectionProperty().get();
        UiTasks.onFx(service.decodeMany(handle, codes), images -> {
            if (!handle.equals(explorer.modelProperty().get())) return;
            List<Image> shown = new ArrayList<>();
            List<WallMarker> markers = new ArrayList<>();
            for (int s = 0; s < images.length; s++) {
                shown.add(FxImages.grey(images[s], data.height(), data.width()));
                double[] p = projection.project(codes[s]);
                markers.add(new WallMarker(p[0], p[1], SAMPLE_COLOUR, ""));
            }
            samples.setAll(shown);
            explorer.setMarkers(LAYER, markers);
            double meanSigma = 0;
            for (float lv : logVar) meanSigma += Math.exp(0.5 * lv);
            samplesCaption.set(TEXT.get("samplesOf", images.length, index, meanSigma / logVar.length));
        }, explorer::fail);
    }

    public void clearSamples() {
        samples.clear();
        samplesCaption.set("");
        explorer.setMarkers(LAYER, List.of());
    }
}
