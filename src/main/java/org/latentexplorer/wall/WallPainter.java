package org.latentexplorer.wall;

/** Draws the gallery wall: grid, origin axes, points coloured by class, marks, legend. */
public final class WallPainter {
    private static final double LEGEND_PAD = 8;
    /** Up to this many points are drawn at the theme's radius. */
    static final int DENSE_POINTS = 10_000;
    private PointRaster raster;
    /** Colours by a value per point instead of by class (unlabeled data); null colours by class. */
    private PointColours pointColours;

    /** Colours the points by {@code colours} (one per point of the scenes painted next), or by class when null. */
    public void setPointColours(PointColours colours) {
        pointColours = colours;
    }

    private int rgb(WallScene scene, int i) {
        PointColours c = pointColours;
        return c != null && c.rgb().length == scene.count() ? c.rgb()[i] : Palette.rgb(scene.labels()[i]);
    }
    private PointLayerKey rasterKey;
    private TintKey tintKey;

    /** Paints the wall; {@code terrain} (may be null) is drawn under the points, covering {@code terrainBox}. */
    public void paint(Surface s, WallScene scene, Viewport vp, WallTheme theme, Terrain terrain) {
        int w = (int) Math.ceil(vp.width()), h = (int) Math.ceil(vp.height());
        s.fillRect(0, 0, w, h, theme.background());
        if (terrain != null) {
            s.drawPixelsScaled(terrain.argb(), terrain.width(), terrain.height(), vp.toPixelX(terrain.x0()),
                    vp.toPixelY(terrain.y1()), (terrain.x1() - terrain.x0()) * vp.pixelsPerUnit(),
                    (terrain.y1() - terrain.y0()) * vp.pixelsPerUnit());
        }
        paintGrid(s, vp, theme, terrain != null);
        paintSpreads(s, scene, vp);
        paintPoints(s, scene, vp, theme, w, h);
        if (theme.classLabels()) paintClassLabels(s, scene, vp, theme);
        paintMarks(s, scene, vp, theme);
        paintLegend(s, scene, vp, theme);
        paintCaptions(s, scene, vp, theme);
    }

    private void paintGrid(Surface s, Viewport vp, WallTheme theme, boolean subdued) {
        double step = niceStep(80 / vp.pixelsPerUnit());
        double fs = theme.fontSize() * 0.9;
        int gridColour = subdued ? 0x40000000 | (theme.grid() & 0xFFFFFF) : theme.grid();
        for (double x = Math.ceil(vp.minX() / step) * step; x <= vp.maxX(); x += step) {
            double px = vp.toPixelX(x);
            s.strokeLine(px, 0, px, vp.height(), 1, gridColour);
            s.text(format(x, step), px + 3, vp.height() - 5, fs, false, theme.axis(), Surface.Align.LEFT);
        }
        for (double y = Math.ceil(vp.minY() / step) * step; y <= vp.maxY(); y += step) {
            double py = vp.toPixelY(y);
            s.strokeLine(0, py, vp.width(), py, 1, gridColour);
            s.text(format(y, step), 4, py - 3, fs, false, theme.axis(), Surface.Align.LEFT);
        }
        // The origin is where a VAE's prior is centred: drawing it makes an off-centre map visible at once.
        s.strokeLine(vp.toPixelX(0), 0, vp.toPixelX(0), vp.height(), 1.3, theme.axis());
        s.strokeLine(0, vp.toPixelY(0), vp.width(), vp.toPixelY(0), 1.3, theme.axis());
    }

    private void paintPoints(Surface s, WallScene scene, Viewport vp, WallTheme theme, int w, int h) {
        double r = pointRadius(theme, scene.count());
        if (s.prefersVectorPoints()) {
            int alpha = (int) Math.round(Math.max(0, Math.min(1, theme.pointAlpha())) * 255) << 24;
            for (int i = 0; i < scene.count(); i++) {
                double px = vp.toPixelX(scene.xs()[i]), py = vp.toPixelY(scene.ys()[i]);
                if (px < -r || py < -r || px > w + r || py > h + r) continue;
                s.fillCircle(px, py, r, alpha | rgb(scene, i));
            }
            return;
        }
        PointLayerKey key = new PointLayerKey(scene.xs(), scene.ys(), scene.labels(), pointColours, vp, w, h, r, theme.pointAlpha(),
                Palette.scheme());
        // Marks, a selection or a hover change the scene but not its points: the layer is stamped again only
        // when the points, the view or the dot change.
        if (raster == null || !key.equals(rasterKey)) {
            if (raster == null || raster.width() != w || raster.height() != h) raster = new PointRaster(w, h);
            else raster.clear();
            stampPoints(raster, scene, vp, r, theme.pointAlpha());
            rasterKey = key;
        }
        s.drawPremultipliedPixels(raster.premultiplied(), raster.width(), raster.height(), 0, 0);
    }

    private void stampPoints(PointRaster raster, WallScene scene, Viewport vp, double r, double alpha) {
        if (tintKey == null || tintKey.labels() != scene.labels() || tintKey.colours() != pointColours || tintKey.alpha() != alpha
                || tintKey.scheme() != Palette.scheme()) {
            tintKey = new TintKey(scene.labels(), pointColours, alpha, Palette.scheme(), tintsOf(scene, alpha));
        }
        double ppu = vp.pixelsPerUnit();
        raster.stampAll(scene.xs(), scene.ys(), ppu, vp.width() / 2 - vp.centerX() * ppu, vp.height() / 2 + vp.centerY() * ppu,
                tintKey.tints().tintOf(), tintKey.tints().tints(), PointRaster.Dot.of(r));
    }

    /** Per point, which of the distinct tints it is drawn in; made once per set of labels, not per frame. */
    private record Tints(int[] tintOf, int[][] tints) {}

    private record TintKey(int[] labels, PointColours colours, double alpha, Palette.Scheme scheme, Tints tints) {}

    private Tints tintsOf(WallScene scene, double alpha) {
        java.util.Map<Integer, Integer> ids = new java.util.HashMap<>();
        java.util.List<int[]> tints = new java.util.ArrayList<>();
        int[] tintOf = new int[scene.count()];
        for (int i = 0; i < tintOf.length; i++) {
            int rgb = rgb(scene, i);
            Integer id = ids.get(rgb);
            if (id == null) {
                id = tints.size();
                ids.put(rgb, id);
                tints.add(PointRaster.tint(rgb, alpha));
            }
            tintOf[i] = id;
        }
        return new Tints(tintOf, tints.toArray(new int[0][]));
    }

    /** What the cached point layer was stamped from; arrays by identity (scenes share them and never change them). */
    private record PointLayerKey(double[] xs, double[] ys, int[] labels, PointColours colours, Viewport vp, int w, int h, double radius,
                                 double alpha, Palette.Scheme scheme) {
        @Override public boolean equals(Object o) {
            return o instanceof PointLayerKey k && k.xs == xs && k.ys == ys && k.labels == labels && k.colours == colours && k.vp.equals(vp)
                    && k.w == w && k.h == h && k.radius == radius && k.alpha == alpha && k.scheme == scheme;
        }

        @Override public int hashCode() {
            return System.identityHashCode(xs) ^ vp.hashCode();
        }
    }

    /**
     * The drawn radius of a point: the theme's up to 10,000 points, smaller beyond (to 0.6 of it at 70,000,
     * never below 0.55), so a full 70,000-point wall shows its structure instead of a solid blot.
     */
    public static double pointRadius(WallTheme theme, int points) {
        if (points <= DENSE_POINTS) return theme.pointRadius();
        return theme.pointRadius() * Math.max(0.55, Math.pow((double) DENSE_POINTS / points, 0.25));
    }

    /**
     * Each class's name at the median of its points (per axis), on a light backing: the classes are told apart
     * by their names too, not by hue alone (colour-blind viewers, a washed-out projector).
     */
    private static void paintClassLabels(Surface s, WallScene scene, Viewport vp, WallTheme theme) {
        int classes = scene.classNames().size();
        if (classes == 0) return;
        int[] counts = new int[classes];
        for (int i = 0; i < scene.count(); i++) {
            int l = scene.labels()[i];
            if (l >= 0 && l < classes && Double.isFinite(scene.xs()[i]) && Double.isFinite(scene.ys()[i])) counts[l]++;
        }
        double[][] xs = new double[classes][], ys = new double[classes][];
        for (int c = 0; c < classes; c++) {
            xs[c] = new double[counts[c]];
            ys[c] = new double[counts[c]];
        }
        int[] filled = new int[classes];
        for (int i = 0; i < scene.count(); i++) {
            int l = scene.labels()[i];
            if (l < 0 || l >= classes || !Double.isFinite(scene.xs()[i]) || !Double.isFinite(scene.ys()[i])) continue;
            xs[l][filled[l]] = scene.xs()[i];
            ys[l][filled[l]++] = scene.ys()[i];
        }
        double fs = theme.fontSize();
        for (int c = 0; c < classes; c++) {
            if (counts[c] == 0) continue;
            java.util.Arrays.sort(xs[c]);
            java.util.Arrays.sort(ys[c]);
            double px = vp.toPixelX(xs[c][counts[c] / 2]), py = vp.toPixelY(ys[c][counts[c] / 2]);
            String name = scene.classNames().get(c);
            double w = s.textWidth(name, fs, true);
            s.fillRect(px - w / 2 - 4, py - fs * 0.8, w + 8, fs * 1.2, 0xD9FFFFFF);
            s.strokeRect(px - w / 2 - 4, py - fs * 0.8, w + 8, fs * 1.2, 1.5, 0xFF000000 | Palette.rgb(c));
            s.text(name, px, py + fs * 0.25, fs, true, theme.text(), Surface.Align.CENTER);
        }
    }

    /** A VAE's posterior σ around each point, faint, in its class colour. */
    private static void paintSpreads(Surface s, WallScene scene, Viewport vp) {
        double[][] spreads = scene.spreads();
        if (spreads == null || spreads.length != scene.count()) return;
        for (int i = 0; i < scene.count(); i++) {
            double rx = spreads[i][0] * vp.pixelsPerUnit(), ry = spreads[i][1] * vp.pixelsPerUnit();
            if (rx < 0.5 && ry < 0.5) continue;
            s.strokeEllipse(vp.toPixelX(scene.xs()[i]), vp.toPixelY(scene.ys()[i]), rx, ry, 0.8,
                    0x55000000 | Palette.rgb(scene.labels()[i]));
        }
    }

    private void paintMarks(Surface s, WallScene scene, Viewport vp, WallTheme theme) {
        for (int i : scene.highlighted()) {
            if (i < 0 || i >= scene.count()) continue;
            s.strokeCircle(vp.toPixelX(scene.xs()[i]), vp.toPixelY(scene.ys()[i]), theme.pointRadius() + 3.5, 1.6, 0xFFE8590C);
        }
        double[][] path = scene.path();
        if (path != null && path.length > 1) {
            for (int i = 1; i < path.length; i++) {
                s.strokeLine(vp.toPixelX(path[i - 1][0]), vp.toPixelY(path[i - 1][1]), vp.toPixelX(path[i][0]),
                        vp.toPixelY(path[i][1]), 2.2, 0xCC202020);
            }
        }
        for (WallMarker m : scene.markers()) {
            double px = vp.toPixelX(m.x()), py = vp.toPixelY(m.y());
            s.fillCircle(px, py, 5.5, 0xFFFFFFFF);
            s.fillCircle(px, py, 4, m.argb());
            if (!m.label().isEmpty()) s.text(m.label(), px + 7, py - 5, theme.fontSize() * 0.9, true, m.argb(), Surface.Align.LEFT);
        }
        int sel = scene.selected();
        if (sel >= 0 && sel < scene.count()) {
            double px = vp.toPixelX(scene.xs()[sel]), py = vp.toPixelY(scene.ys()[sel]);
            double k = theme.markScale();
            s.strokeCircle(px, py, theme.pointRadius() + 6 * k, 2.5 * k, 0xFF000000);
            s.strokeCircle(px, py, theme.pointRadius() + 6 * k, 1.2 * k, 0xFFFFFFFF);
        }
        double[] probe = scene.probe();
        if (probe != null) {
            double px = vp.toPixelX(probe[0]), py = vp.toPixelY(probe[1]), k = theme.markScale(), arm = 10 * k;
            s.strokeLine(px - arm, py, px + arm, py, 2.5 * k, 0xFFFFFFFF);
            s.strokeLine(px, py - arm, px, py + arm, 2.5 * k, 0xFFFFFFFF);
            s.strokeLine(px - arm, py, px + arm, py, 1.4 * k, 0xFFD62728);
            s.strokeLine(px, py - arm, px, py + arm, 1.4 * k, 0xFFD62728);
            s.strokeCircle(px, py, 5 * k, 1.4 * k, 0xFFD62728);
        }
    }

    /**
     * The margins a fitted view keeps free, {top, right, bottom, left} in pixels: the title box above and the
     * legend at the right, so no point hides under them. Text widths are estimated (no surface to measure on).
     */
    public static double[] fitInsets(WallScene scene, WallTheme theme) {
        double fs = theme.fontSize();
        boolean hasTitle = scene.title() != null && !scene.title().isEmpty();
        double top = 6 + (hasTitle ? 2 : 1) * fs * 1.6 + 8 + 10;
        int longest = 0;
        for (String name : scene.classNames()) longest = Math.max(longest, name.length());
        double right = scene.classNames().isEmpty() ? 24 : longest * fs * 0.6 + 3 * LEGEND_PAD + 10 + 20;
        return new double[] {top, right, 24, 24};
    }

    private void paintLegend(Surface s, WallScene scene, Viewport vp, WallTheme theme) {
        if (pointColours != null && pointColours.rgb().length == scene.count()) {
            paintRampLegend(s, pointColours, vp, theme);
            return;
        }
        int classes = scene.classNames().size();
        if (classes == 0) return;
        double fs = theme.fontSize();
        double line = fs * 1.55;
        double textW = 0;
        for (String name : scene.classNames()) textW = Math.max(textW, s.textWidth(name, fs, false));
        double boxW = textW + 3 * LEGEND_PAD + 10, boxH = classes * line + LEGEND_PAD * 1.5;
        double x = vp.width() - boxW - 10, y = 10;
        s.fillRect(x, y, boxW, boxH, theme.legendBackground());
        s.strokeRect(x, y, boxW, boxH, 1, theme.grid());
        for (int c = 0; c < classes; c++) {
            double cy = y + LEGEND_PAD + c * line + line / 2;
            s.fillCircle(x + LEGEND_PAD + 5, cy, 5, 0xFF000000 | Palette.rgb(c));
            s.text(scene.classNames().get(c), x + 2 * LEGEND_PAD + 10, cy + fs * 0.35, fs, false, theme.text(), Surface.Align.LEFT);
        }
    }

    /** What the colours mean, a bar from low to high, and the values at its ends. */
    private static void paintRampLegend(Surface s, PointColours c, Viewport vp, WallTheme theme) {
        double fs = theme.fontSize(), barW = 140, barH = fs * 0.9;
        double boxW = Math.max(barW, Math.max(s.textWidth(c.title(), fs, true), s.textWidth(c.low() + "   " + c.high(), fs * 0.9, false)))
                + 2 * LEGEND_PAD;
        double boxH = fs * 1.5 + barH + fs * 1.5 + LEGEND_PAD * 1.5;
        double x = vp.width() - boxW - 10, y = 10;
        s.fillRect(x, y, boxW, boxH, theme.legendBackground());
        s.strokeRect(x, y, boxW, boxH, 1, theme.grid());
        s.text(c.title(), x + LEGEND_PAD, y + LEGEND_PAD + fs * 0.8, fs, true, theme.text(), Surface.Align.LEFT);
        double barY = y + LEGEND_PAD + fs * 1.4;
        int steps = 28;
        for (int k = 0; k < steps; k++) {
            s.fillRect(x + LEGEND_PAD + k * barW / steps, barY, barW / steps + 0.6, barH, 0xFF000000 | PointColours.ramp(k / (steps - 1.0)));
        }
        double ty = barY + barH + fs * 1.1;
        s.text(c.low(), x + LEGEND_PAD, ty, fs * 0.9, false, theme.axis(), Surface.Align.LEFT);
        s.text(c.high(), x + LEGEND_PAD + barW, ty, fs * 0.9, false, theme.axis(), Surface.Align.RIGHT);
    }

    private void paintCaptions(Surface s, WallScene scene, Viewport vp, WallTheme theme) {
        double fs = theme.fontSize();
        boolean hasTitle = scene.title() != null && !scene.title().isEmpty();
        double w = Math.max(hasTitle ? s.textWidth(scene.title(), fs * 1.15, true) : 0, s.textWidth(scene.caption(), fs, false));
        // A backing box keeps the captions legible over grid labels and points.
        s.fillRect(6, 6, w + 14, (hasTitle ? 2 : 1) * fs * 1.6 + 8, theme.legendBackground());
        double y = 6 + fs * 1.3;
        if (hasTitle) {
            s.text(scene.title(), 13, y, fs * 1.15, true, theme.text(), Surface.Align.LEFT);
            y += fs * 1.6;
        }
        s.text(scene.caption(), 13, y, fs, false, theme.axis(), Surface.Align.LEFT);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * power;
    }

    private static String format(double value, double step) {
        if (Math.abs(value) < step * 1e-6) return "0";
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
    }
}
