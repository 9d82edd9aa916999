package org.latentexplorer.ui.wall;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.latentexplorer.latent.PointIndex;
import org.latentexplorer.wall.Terrain;
import org.latentexplorer.wall.Viewport;
import org.latentexplorer.wall.WallPainter;
import org.latentexplorer.wall.WallScene;
import org.latentexplorer.wall.WallTheme;

import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * The 2-D gallery wall: every point drawn on one canvas (not a node per point). Click a point to select it,
 * click or drag on empty space to probe a coordinate, wheel to zoom, right-drag or shift-drag to pan,
 * double-click to fit. Pure view: it reports gestures through callbacks and draws the scene it is given.
 */
public final class GalleryWall extends Region {
    /** Pixels within which a click or hover counts as touching a point. */
    static final double HIT_RADIUS = 6;

    private final Canvas canvas = new Canvas();
    private final WallPainter painter = new WallPainter();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private final ObjectProperty<WallScene> wallScene = new SimpleObjectProperty<>(this, "wallScene");
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport");
    private final ObjectProperty<Terrain> terrain = new SimpleObjectProperty<>(this, "terrain");
    private final ObjectProperty<ExtraPoints> extraPoints = new SimpleObjectProperty<>(this, "extraPoints");
    /** The scene as drawn: the given one, followed by the extra points when there are any. */
    private WallScene drawn;
    private double[] joinedXs, joinedYs;
    private int[] joinedLabels;
    private Object joinedFrom, joinedWith;
    private final Tooltip hoverTip = new Tooltip();
    private final ImageView hoverImage = new ImageView();
    private PointIndex index;
    private WallTheme theme = WallTheme.DEFAULT;
    private BiConsumer<Double, Double> onProbe = (x, y) -> {};
    private IntConsumer onPointSelected = i -> {};
    private BiConsumer<Double, Double> onPointerMoved = (x, y) -> {};
    private IntFunction<Image> thumbnails = i -> null;
    private IntFunction<String> pointCaptions = i -> "";
    private Point2D panStart;
    private boolean probing;
    private int hovered = -1;
    private final java.util.List<Gesture> gestures = new java.util.ArrayList<>();
    private Gesture activeGesture;

    /**
     * A tool's claim on primary-button gestures (a path picked by two clicks, a freehand stroke). Tools are
     * asked in the order they were added; one that returns true from {@link #pressed} gets this press's drags
     * and release, and the wall neither probes nor selects.
     */
    public interface Gesture {
        /** A primary press at latent (x, y), over test image {@code point} (−1 on empty space). */
        boolean pressed(MouseEvent e, double x, double y, int point);

        default void dragged(double x, double y) {}

        default void released(double x, double y) {}
    }

    /**
     * Points drawn after the scene's own (the training images beside the test images): hovering one shows its
     * thumbnail and caption, clicking one calls {@code clicked} with its index among these points. Tools and
     * the wall's own callbacks only ever see the scene's points.
     */
    public record ExtraPoints(double[] xs, double[] ys, int[] labels, String caption, IntFunction<Image> thumbnails,
                              IntFunction<String> captions, IntConsumer clicked) {
        public ExtraPoints {
            if (xs.length != ys.length || xs.length != labels.length) throw new IllegalArgumentException("xs, ys and labels differ in length");
        }
    }

    public GalleryWall() {
        getStyleClass().add("gallery-wall");
        getChildren().add(canvas);
        setMinSize(200, 150);
        hoverImage.setFitWidth(84);
        hoverImage.setFitHeight(84);
        hoverImage.setSmooth(false);
        hoverTip.setGraphic(hoverImage);
        hoverTip.setShowDelay(Duration.ZERO);
        hoverTip.getStyleClass().add("wall-hover-tip");
        wallScene.addListener((obs, old, scene) -> {
            join();
            if (viewport.get() == null && scene != null) fitToData();
            else redraw();
        });
        extraPoints.addListener((obs, old, extra) -> {
            join();
            redraw();
        });
        viewport.addListener((obs, old, vp) -> redraw());
        glideProgress.addListener((obs, old, t) -> {
            if (isGliding() && glideFrom != null) viewport.set(glideFrom.towards(glideTo, t.doubleValue()));
        });
        terrain.addListener((obs, old, t) -> redraw());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            panStart = null;
            probing = false;
            Gesture g = activeGesture;
            activeGesture = null;
            if (g != null && viewport.get() != null) g.released(viewport.get().toLatentX(e.getX()), viewport.get().toLatentY(e.getY()));
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideHover());
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    public ObjectProperty<WallScene> wallSceneProperty() { return wallScene; }
    public ObjectProperty<Viewport> viewportProperty() { return viewport; }
    /** Points drawn beside the scene's (see {@link ExtraPoints}), or null. */
    public ObjectProperty<ExtraPoints> extraPointsProperty() { return extraPoints; }
    /** Points on the wall now: the scene's and the extra ones. */
    public int drawnPointCount() { return drawn == null ? 0 : drawn.count(); }
    /** A picture under the points (decoded tiles, a density), or null. */
    public ObjectProperty<Terrain> terrainProperty() { return terrain; }

    public void setTheme(WallTheme theme) { this.theme = theme; redraw(); }
    /** Colours the points by a value each (unlabeled data: reconstruction error) instead of by class; null: by class. */
    public void setPointColours(org.latentexplorer.wall.PointColours colours) { painter.setPointColours(colours); redraw(); }
    public void setOnProbe(BiConsumer<Double, Double> handler) { onProbe = handler; }
    public void setOnPointSelected(IntConsumer handler) { onPointSelected = handler; }
    public void setOnPointerMoved(BiConsumer<Double, Double> handler) { onPointerMoved = handler; }
    public void setThumbnails(IntFunction<Image> provider) { thumbnails = provider; }
    public void setPointCaptions(IntFunction<String> provider) { pointCaptions = provider; }
    public void addGesture(Gesture gesture) { gestures.add(gesture); }

    /** Zoom and centre so the central 99% of the points fill the wall, clear of the title and the legend. */
    public void fitToData() {
        Viewport fitted = fitted();
        if (fitted == null) return;
        glide.stop();
        viewport.set(fitted);
    }

    /** {@link #fitToData()}, gliding there in a third of a second (the wall following a map that trains). */
    public void glideToData() {
        Viewport from = viewport.get(), to = fitted();
        if (to == null) return;
        if (from == null || from.width() != to.width() || from.height() != to.height()) {
            fitToData();
            return;
        }
        glide.stop();
        glideFrom = from;
        glideTo = to;
        glideProgress.set(0);
        glide.getKeyFrames().setAll(new javafx.animation.KeyFrame(Duration.millis(320),
                new javafx.animation.KeyValue(glideProgress, 1, javafx.animation.Interpolator.EASE_BOTH)));
        glide.setOnFinished(e -> viewport.set(glideTo));
        glide.playFromStart();
    }

    /** True while the wall glides to a new fit. */
    public boolean isGliding() {
        return glide.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    private Viewport fitted() {
        WallScene scene = wallScene.get();
        if (scene == null || getWidth() <= 0 || getHeight() <= 0) return null;
        double[] b = scene.robustBounds();
        double[] m = WallPainter.fitInsets(scene, theme);
        return Viewport.fitInside(b[0], b[1], b[2], b[3], getWidth(), getHeight(), m[0], m[1], m[2], m[3]);
    }

    private final javafx.animation.Timeline glide = new javafx.animation.Timeline();
    private final javafx.beans.property.DoubleProperty glideProgress = new javafx.beans.property.SimpleDoubleProperty();
    private Viewport glideFrom, glideTo;
    private Runnable onUserMoved = () -> {};

    /** Called when the user zooms or pans (not when the wall fits itself). */
    public void setOnUserMoved(Runnable handler) { onUserMoved = handler; }

    /** Index of the scene's point drawn within the hit radius of this pixel, or −1 (also over an extra point). */
    public int pointAt(double px, double py) {
        int hit = drawnPointAt(px, py);
        return hit < sceneCount() ? hit : -1;
    }

    /** {@link #pointAt}, counting the extra points after the scene's. */
    private int drawnPointAt(double px, double py) {
        Viewport vp = viewport.get();
        if (index == null || vp == null) return -1;
        return index.nearest(vp.toLatentX(px), vp.toLatentY(py), HIT_RADIUS / vp.pixelsPerUnit());
    }

    private int sceneCount() {
        return wallScene.get() == null ? 0 : wallScene.get().count();
    }

    /**
     * The scene to draw: the given one, or it with the extra points after its own. The joined arrays are kept
     * while neither set of points changes, so a click (a new scene, same points) neither copies 70,000 points
     * nor makes the painter stamp them again; the index is rebuilt only for new points.
     */
    private void join() {
        WallScene scene = wallScene.get();
        ExtraPoints extra = extraPoints.get();
        Object previousPoints = drawn == null ? null : drawn.xs();
        if (scene == null || extra == null) {
            drawn = scene;
        } else {
            if (joinedFrom != scene.xs() || joinedWith != extra) {
                int n = scene.count(), m = extra.xs().length;
                joinedXs = java.util.Arrays.copyOf(scene.xs(), n + m);
                joinedYs = java.util.Arrays.copyOf(scene.ys(), n + m);
                joinedLabels = java.util.Arrays.copyOf(scene.labels(), n + m);
                System.arraycopy(extra.xs(), 0, joinedXs, n, m);
                System.arraycopy(extra.ys(), 0, joinedYs, n, m);
                System.arraycopy(extra.labels(), 0, joinedLabels, n, m);
                joinedFrom = scene.xs();
                joinedWith = extra;
            }
            drawn = new WallScene(joinedXs, joinedYs, joinedLabels, scene.classNames(), scene.caption() + extra.caption(),
                    scene.xAxisLabel(), scene.yAxisLabel(), scene.selected(), scene.probe(), scene.title(), scene.markers(),
                    scene.path(), scene.highlighted(), null);
        }
        if (drawn == null) index = null;
        else if (drawn.xs() != previousPoints || index == null) index = new PointIndex(drawn.xs(), drawn.ys());
    }

    /** Where a latent coordinate is drawn, in this node's coordinates (for tests and overlays). */
    public Point2D pixelOf(double x, double y) {
        Viewport vp = viewport.get();
        return new Point2D(vp.toPixelX(x), vp.toPixelY(y));
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth()), h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            Viewport vp = viewport.get();
            if (vp == null) fitToData();
            else viewport.set(vp.resized(w, h));
        }
    }

    private boolean firstFrameLogged;

    private void redraw() {
        Viewport vp = viewport.get();
        WallScene scene = drawn;
        if (vp == null || scene == null || canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            return;
        }
        // On a HiDPI screen the point layer (a raster) is drawn at the output scale, so points stay crisp.
        double scale = getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getOutputScaleX();
        if (scale > 1.01) {
            var g = canvas.getGraphicsContext2D();
            g.save();
            g.scale(1 / scale, 1 / scale);
            painter.paint(surface, scene, vp.scaledBy(scale), theme.scaledBy(scale), terrain.get());
            g.restore();
        } else {
            painter.paint(surface, scene, vp, theme, terrain.get());
        }
        if (!firstFrameLogged) {
            // The cold-start figure of docs/performance.md: JVM start to the first wall with points on it.
            firstFrameLogged = true;
            long ms = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            System.getLogger(GalleryWall.class.getName()).log(System.Logger.Level.INFO,
                    "first wall frame ({0} points) {1} ms after JVM start", scene.count(), ms);
        }
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (viewport.get() == null) return;
        if (e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE || e.isShiftDown()) {
            panStart = new Point2D(e.getX(), e.getY());
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) return;
        Viewport at = viewport.get();
        for (Gesture g : gestures) {
            if (g.pressed(e, at.toLatentX(e.getX()), at.toLatentY(e.getY()), pointAt(e.getX(), e.getY()))) {
                activeGesture = g;
                return;
            }
        }
        if (e.getClickCount() == 2) {
            fitToData();
            return;
        }
        int hit = drawnPointAt(e.getX(), e.getY());
        if (hit >= sceneCount() && extraPoints.get() != null) {
            extraPoints.get().clicked().accept(hit - sceneCount());
        } else if (hit >= 0) {
            onPointSelected.accept(hit);
        } else {
            probing = true;
            probe(e);
        }
    }

    private void dragged(MouseEvent e) {
        Viewport vp = viewport.get();
        if (vp == null) return;
        if (panStart != null) {
            glide.stop();
            viewport.set(vp.panByPixels(e.getX() - panStart.getX(), e.getY() - panStart.getY()));
            panStart = new Point2D(e.getX(), e.getY());
            onUserMoved.run();
        } else if (activeGesture != null) {
            activeGesture.dragged(vp.toLatentX(e.getX()), vp.toLatentY(e.getY()));
        } else if (probing) {
            probe(e);
        }
        onPointerMoved.accept(vp.toLatentX(e.getX()), vp.toLatentY(e.getY()));
    }

    private void probe(MouseEvent e) {
        Viewport vp = viewport.get();
        onProbe.accept(vp.toLatentX(e.getX()), vp.toLatentY(e.getY()));
    }

    private void moved(MouseEvent e) {
        Viewport vp = viewport.get();
        if (vp == null) return;
        onPointerMoved.accept(vp.toLatentX(e.getX()), vp.toLatentY(e.getY()));
        int hit = drawnPointAt(e.getX(), e.getY());
        if (hit != hovered) {
            hovered = hit;
            ExtraPoints extra = extraPoints.get();
            if (hit < 0) {
                hideHover();
            } else {
                boolean isExtra = hit >= sceneCount() && extra != null;
                hoverImage.setImage(isExtra ? extra.thumbnails().apply(hit - sceneCount()) : thumbnails.apply(hit));
                hoverTip.setText(isExtra ? extra.captions().apply(hit - sceneCount()) : pointCaptions.apply(hit));
                hoverTip.show(this, e.getScreenX() + 14, e.getScreenY() + 14);
            }
        } else if (hit >= 0 && hoverTip.isShowing()) {
            hoverTip.setAnchorX(e.getScreenX() + 14);
            hoverTip.setAnchorY(e.getScreenY() + 14);
        }
    }

    private void hideHover() {
        hovered = -1;
        hoverTip.hide();
    }

    private void scrolled(ScrollEvent e) {
        Viewport vp = viewport.get();
        if (vp == null || e.getDeltaY() == 0) return;
        glide.stop();
        viewport.set(vp.zoomAt(e.getX(), e.getY(), Math.pow(1.0015, e.getDeltaY())));
        onUserMoved.run();
        e.consume();
    }

}
