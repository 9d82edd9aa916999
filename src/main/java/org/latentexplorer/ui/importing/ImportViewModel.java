package org.latentexplorer.ui.importing;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentexplorer.engine.ModelEngine;
import org.latentexplorer.engine.onnx.OnnxImport;
import org.latentexplorer.engine.onnx.OnnxLayout;
import org.latentexplorer.ui.common.LatestWins;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.UiTasks;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * File → Import ONNX model…: an encoder and a decoder trained elsewhere, the dataset they were trained on, and
 * where to save the bundle. When the encoder has several outputs (a VAE) the user says which is μ and which is
 * log σ², prefilled from their names. The import runs on the engine; the saved bundle is then opened as any.
 */
public final class ImportViewModel {
    private final ModelEngine engine;
    private final Consumer<Path> open;
    private final ObjectProperty<Path> encoder = new SimpleObjectProperty<>(this, "encoder");
    private final ObjectProperty<Path> decoder = new SimpleObjectProperty<>(this, "decoder");
    private final StringProperty dataset = new SimpleStringProperty(this, "dataset", "mnist");
    private final ObjectProperty<Path> out = new SimpleObjectProperty<>(this, "out");
    private final ObservableList<String> outputs = FXCollections.observableArrayList();
    private final StringProperty mu = new SimpleStringProperty(this, "mu");
    private final StringProperty logVar = new SimpleStringProperty(this, "logVar");
    private final ReadOnlyBooleanWrapper mappingShown = new ReadOnlyBooleanWrapper(this, "mappingShown");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final LatestWins outputLookups = new LatestWins();
    private final BooleanBinding ready;

    /** {@code open} opens the saved bundle through the explorer's normal path (which asks about an unsaved model). */
    public ImportViewModel(ModelEngine engine, Consumer<Path> open) {
        this.engine = engine;
        this.open = open;
        encoder.addListener((o, old, file) -> lookUpOutputs(file));
        ready = Bindings.createBooleanBinding(() -> encoder.get() != null && decoder.get() != null && out.get() != null
                        && dataset.get() != null && !dataset.get().isBlank() && !running.get()
                        && (!mappingShown.get() || mu.get() != null && logVar.get() != null && !mu.get().equals(logVar.get())),
                encoder, decoder, out, dataset, running, mappingShown, mu, logVar);
    }

    /** The encoder's outputs, for the mapping step: shown when there are two, each prefilled by its name. */
    private void lookUpOutputs(Path file) {
        outputs.clear();
        mu.set(null);
        logVar.set(null);
        mappingShown.set(false);
        error.set("");
        if (file == null) return;
        outputLookups.next().onFx(engine.onnxOutputs(file), ports -> {
            outputs.setAll(ports.stream().map(OnnxLayout.Port::name).toList());
            if (ports.size() >= 2) {
                mappingShown.set(true);
                OnnxLayout.Mapping guess = OnnxLayout.guessed(ports);
                mu.set(guess.mu());
                logVar.set(guess.logVar());
            }
        }, e -> error.set(UiTasks.message(e)));
    }

    /** Imports, saves and opens; on success {@code done} runs (the view closes the dialog). */
    public void importModel(Runnable done) {
        if (!ready.get()) return;
        running.set(true);
        error.set("");
        OnnxLayout.Mapping mapping = mappingShown.get() ? new OnnxLayout.Mapping(mu.get(), logVar.get()) : OnnxLayout.Mapping.AUTOMATIC;
        OnnxImport.Request request = new OnnxImport.Request(encoder.get(), decoder.get(), dataset.get().strip(), mapping, out.get());
        UiTasks.onFx(engine.importOnnx(request), result -> {
            running.set(false);
            done.run();
            open.accept(result.bundle());
        }, e -> {
            running.set(false);
            error.set(Messages.get("import.failed", UiTasks.message(e)));
        });
    }

    /** A bundle name beside the encoder, from its name ("course-ae-encoder.onnx" → "course-ae.zip"). */
    static Path suggestedOut(Path encoderFile) {
        String name = encoderFile.getFileName().toString().replaceFirst("(?i)\\.onnx$", "").replaceFirst("(?i)[-_. ]?encoder$", "");
        return encoderFile.resolveSibling((name.isEmpty() ? "imported" : name) + ".zip");
    }

    /** The encoder chosen; proposes a bundle beside it if none is chosen yet. */
    public void chooseEncoder(Path file) {
        encoder.set(file);
        if (file != null && out.get() == null) out.set(suggestedOut(file));
    }

    public ObjectProperty<Path> encoderProperty() { return encoder; }
    public ObjectProperty<Path> decoderProperty() { return decoder; }
    public StringProperty datasetProperty() { return dataset; }
    public ObjectProperty<Path> outProperty() { return out; }
    public ObservableList<String> outputs() { return outputs; }
    public StringProperty muProperty() { return mu; }
    public StringProperty logVarProperty() { return logVar; }
    public ReadOnlyBooleanProperty mappingShownProperty() { return mappingShown.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public BooleanBinding readyProperty() { return ready; }

    /** The bundled dataset names the dialog offers (a path can be typed or chosen too). */
    public static List<String> bundledDatasets() {
        return List.of("mnist", "fashion-mnist");
    }
}
