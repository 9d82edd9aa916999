package org.latentexplorer.ui.scorecard;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.image.Image;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.latent.DefectsScorecard;
import org.latentexplorer.latent.GapMap;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.ui.common.FxImages;
import org.latentexplorer.ui.common.LatestWins;
import org.latentexplorer.ui.explorer.ExplorerViewModel.ModelEntry;
import org.latentexplorer.wall.Terrain;
import org.latentexplorer.wall.WallScene;

import java.util.function.Consumer;

/**
 * One of the two models of the scorecard: its wall, its numbers and how far their computation is.
 * {@link ScorecardViewModel} loads and measures it; the view binds to the read-only side.
 */
public final class ScorecardSide {
    private final String id;
    final ReadOnlyObjectWrapper<ModelEntry> entry = new ReadOnlyObjectWrapper<>(this, "entry");
    final ReadOnlyObjectWrapper<WallScene> scene = new ReadOnlyObjectWrapper<>(this, "scene");
    final ReadOnlyObjectWrapper<Terrain> gapTerrain = new ReadOnlyObjectWrapper<>(this, "gapTerrain");
    final ReadOnlyObjectWrapper<DefectsScorecard.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 1);
    ModelHandle handle;
    ImageDataset data;
    LatentCodes codes;
    GapMap gapMap;
    /** Loads and measurements of this side that a newer one replaced deliver nothing. */
    final LatestWins work = new LatestWins();

    /** {@code entryChosen} runs when the user picks another model for this side. */
    ScorecardSide(String id, Consumer<ScorecardSide> entryChosen) {
        this.id = id;
        entry.addListener((o, a, e) -> entryChosen.accept(this));
    }

    public String id() { return id; }
    public ObjectProperty<ModelEntry> entryProperty() { return entry; }
    public ReadOnlyObjectProperty<WallScene> sceneProperty() { return scene.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Terrain> gapTerrainProperty() { return gapTerrain.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<DefectsScorecard.Result> resultProperty() { return result.getReadOnlyProperty(); }
    /** The model's architecture, e.g. "AE 784-400-2 relu, bce (sum)". */
    public ReadOnlyStringProperty descriptionProperty() { return description.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ModelEntry> entry() { return entry.getReadOnlyProperty(); }
    public ModelKind kind() { return handle == null ? null : handle.spec().kind(); }
    public ImageDataset dataset() { return data; }
    public LatentCodes codes() { return codes; }

    /** Test image {@code index} as a picture, for hover tips. */
    public Image thumbnail(int index) {
        if (data == null || index < 0 || index >= data.test().count()) return null;
        return FxImages.grey(data.test().image(index), data.height(), data.width());
    }

    public String caption(int index) {
        if (data == null || index < 0 || index >= data.test().count()) return "";
        return ScorecardViewModel.TEXT.get("wall.hover", index, data.className(data.test().labels()[index]));
    }

}
