package org.latentexplorer.ui.scorecard;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.latentexplorer.wall.WallScene;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.latentexplorer.ui.scorecard.ScorecardViewModel.TEXT;

/**
 * The scorecard's one selection, shared by both walls: a point clicked or a rectangle dragged on one wall rings
 * the same test images on the other, as long as both models show the same test images ({@link #linkedProperty}).
 */
final class SharedSelection {
    private final ScorecardSide left;
    private final ScorecardSide right;
    private final ReadOnlyObjectWrapper<int[]> selection = new ReadOnlyObjectWrapper<>(this, "selection", new int[0]);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "selectionText", "");
    private final ReadOnlyBooleanWrapper linked = new ReadOnlyBooleanWrapper(this, "linked", true);
    private int selectedPoint = -1;
    /** The side whose wall the selection was made on, or null. */
    private ScorecardSide source;

    SharedSelection(ScorecardSide left, ScorecardSide right) {
        this.left = left;
        this.right = right;
    }

    ReadOnlyObjectProperty<int[]> selectionProperty() { return selection.getReadOnlyProperty(); }
    ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty linkedProperty() { return linked.getReadOnlyProperty(); }
    ScorecardSide source() { return source; }

    /** A point clicked on one wall: it is selected and ringed there and, if linked, on the other wall. */
    void selectPoint(ScorecardSide side, int index) {
        if (side.codes == null || index < 0 || index >= side.codes.count()) return;
        source = side;
        selectedPoint = index;
        selection.set(new int[] {index});
        apply();
        text.set(TEXT.get("selection.point", index, side.data.className(side.codes.labels()[index]), where()));
    }

    /** A rectangle dragged on one wall (wall coordinates): its test images are ringed on both walls. */
    void selectRegion(ScorecardSide side, double x0, double x1, double y0, double y1) {
        WallScene scene = side.scene.get();
        if (scene == null) return;
        double lx = Math.min(x0, x1), hx = Math.max(x0, x1), ly = Math.min(y0, y1), hy = Math.max(y0, y1);
        List<Integer> inside = new ArrayList<>();
        for (int i = 0; i < scene.count(); i++) {
            double x = scene.xs()[i], y = scene.ys()[i];
            if (x >= lx && x <= hx && y >= ly && y <= hy) inside.add(i);
        }
        int[] indices = inside.stream().mapToInt(Integer::intValue).toArray();
        source = side;
        selectedPoint = -1;
        selection.set(indices);
        apply();
        text.set(indices.length == 0 ? TEXT.get("selection.empty")
                : TEXT.get("selection.region", indices.length, side.entry.get().name(), breakdown(side, indices), where()));
    }

    void clear() {
        source = null;
        selectedPoint = -1;
        selection.set(new int[0]);
        text.set("");
        apply();
    }

    /**
     * The two sides' data may have changed: they stay linked if they show the same test images. Returns false
     * when they are not linked any more.
     */
    boolean checkLinked() {
        boolean same = left.data == null || right.data == null
                || left.data.name().equals(right.data.name()) && left.data.test().count() == right.data.test().count();
        linked.set(same);
        return same;
    }

    /** Rings the selection on the wall it was made on and, if linked, on the other. */
    void apply() {
        int[] sel = selection.get();
        for (ScorecardSide s : List.of(left, right)) {
            WallScene scene = s.scene.get();
            if (scene == null) continue;
            boolean shows = source == null || s == source || linked.get();
            int[] rings = shows ? sel : new int[0];
            int chosen = shows ? selectedPoint : -1;
            if (chosen >= scene.count()) chosen = -1;
            if (!Arrays.equals(scene.highlighted(), rings) || scene.selected() != chosen) {
                s.scene.set(scene.withHighlighted(rings).withSelected(chosen));
            }
        }
    }

    private String where() {
        return linked.get() ? TEXT.get("selection.onBoth") : TEXT.get("selection.onOne");
    }

    /** "7 ×120, 9 ×60, 4 ×32, …": the most common classes among the selected images. */
    private static String breakdown(ScorecardSide side, int[] indices) {
        int classes = side.data.classNames().size();
        int[] counts = new int[Math.max(classes, 1)];
        for (int i : indices) {
            int l = side.codes.labels()[i];
            if (l >= 0 && l < counts.length) counts[l]++;
        }
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) if (counts[c] > 0) order.add(c);
        order.sort((p, q) -> Integer.compare(counts[q], counts[p]));
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < order.size() && k < 4; k++) {
            if (k > 0) sb.append(", ");
            sb.append(side.data.className(order.get(k))).append(" ×").append(counts[order.get(k)]);
        }
        if (order.size() > 4) sb.append(", …");
        return sb.toString();
    }
}
