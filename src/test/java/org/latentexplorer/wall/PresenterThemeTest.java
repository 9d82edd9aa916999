package org.latentexplorer.wall;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What presenter mode and the colour-blind palette change on the wall. */
class PresenterThemeTest {
    @AfterEach
    void backToTheDefaultPalette() {
        Palette.use(Palette.Scheme.TABLEAU);
    }

    private static int count(Document svg, String text) {
        NodeList texts = svg.getElementsByTagName("text");
        int n = 0;
        for (int i = 0; i < texts.getLength(); i++) if (texts.item(i).getTextContent().equals(text)) n++;
        return n;
    }

    @Test
    void thePresenterThemeNamesEachClassAtItsPointsBesideTheLegend() throws Exception {
        WallScene scene = SvgSurfaceTest.scene();
        double[] box = {-2, 2, -2, 2};
        Document plain = SvgSurfaceTest.parse(WallExport.svg(scene, box, 400, 300, WallTheme.DEFAULT, null).toSvg());
        Document presenter = SvgSurfaceTest.parse(WallExport.svg(scene, box, 400, 300, WallTheme.PRESENTER, null).toSvg());
        assertEquals(1, count(plain, "one"), "only in the legend");
        assertEquals(2, count(presenter, "one"), "in the legend and at the class's points");
    }

    @Test
    void presenterPointsAndTextAreLarger() {
        assertTrue(WallTheme.PRESENTER.pointRadius() >= 1.9 * WallTheme.DEFAULT.pointRadius());
        assertTrue(WallTheme.PRESENTER.fontSize() >= 18);
        WallScene one = new WallScene(new double[] {0}, new double[] {0}, new int[] {0}, java.util.List.of(), "", "z0", "z1",
                -1, null, "");
        double[] box = {-1, 1, -1, 1};
        assertTrue(inked(WallExport.png(one, box, 200, 200, 1, WallTheme.PRESENTER, null))
                > 3 * inked(WallExport.png(one, box, 200, 200, 1, WallTheme.DEFAULT, null)));
    }

    @Test
    void theColourBlindSchemeGivesEveryClassAnotherColour() {
        int tableau = Palette.rgb(1);
        Palette.use(Palette.Scheme.OKABE_ITO);
        assertNotEquals(tableau, Palette.rgb(1));
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int k = 0; k < 10; k++) colours.add(Palette.rgb(k));
        assertEquals(10, colours.size(), "ten classes, ten colours");
    }

    private static int inked(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if ((rgb & 0xff) > 120 && ((rgb >> 16) & 0xff) < 140) n++; // the blue of class 0
            }
        }
        return n;
    }
}
