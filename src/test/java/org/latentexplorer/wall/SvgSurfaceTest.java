package org.latentexplorer.wall;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SVG surface writes a well-formed document with one element per drawing call. */
class SvgSurfaceTest {
    static WallScene scene() {
        double[] xs = {0, 1, -1, 0.5, 50};
        double[] ys = {0, 1, -1, -0.5, 50};
        int[] labels = {0, 1, 2, 1, 0};
        return new WallScene(xs, ys, labels, List.of("zero", "one", "two"), "z0, z1 · 5 <test> images", "z0", "z1",
                1, new double[] {0.2, 0.3}, "AE & friends").withHighlighted(new int[] {2})
                .withMarkers(List.of(new WallMarker(0.7, -0.7, 0xFFD6336C, "sketch")));
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void elementsAreWrittenWithTheirGeometryAndColour() throws Exception {
        SvgSurface s = new SvgSurface(200, 100);
        s.fillRect(1, 2, 30, 40, 0xFF112233);
        s.strokeLine(0, 0, 10.456, 5, 1.5, 0x80FF0000);
        s.fillCircle(5, 6, 2.5, 0xBF4E79A7);
        s.text("a < b & \"c\"", 10, 20, 12, true, 0xFF000000, Surface.Align.CENTER);
        Document doc = parse(s.toSvg());
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("200", root.getAttribute("width"));
        assertEquals("0 0 200 100", root.getAttribute("viewBox"));
        Element rect = (Element) doc.getElementsByTagName("rect").item(0);
        assertEquals("#112233", rect.getAttribute("fill"));
        assertEquals("30", rect.getAttribute("width"));
        Element line = (Element) doc.getElementsByTagName("line").item(0);
        assertEquals("10.46", line.getAttribute("x2"));
        assertEquals("#ff0000", line.getAttribute("stroke"));
        assertEquals(0.5, Double.parseDouble(line.getAttribute("stroke-opacity")), 0.01);
        Element circle = (Element) doc.getElementsByTagName("circle").item(0);
        assertEquals("2.5", circle.getAttribute("r"));
        assertEquals(0.75, Double.parseDouble(circle.getAttribute("fill-opacity")), 0.01);
        Element text = (Element) doc.getElementsByTagName("text").item(0);
        assertEquals("a < b & \"c\"", text.getTextContent());
        assertEquals("middle", text.getAttribute("text-anchor"));
        assertEquals("bold", text.getAttribute("font-weight"));
        assertEquals(4, s.elementCount());
    }

    @Test
    void theWallBecomesCirclesTextAndAnEmbeddedTerrain() throws Exception {
        WallScene scene = scene();
        int[] pixels = new int[4 * 4];
        java.util.Arrays.fill(pixels, 0xFF808080);
        Terrain terrain = new Terrain(pixels, 4, 4, -2, 2, -2, 2);
        SvgSurface svg = WallExport.svg(scene, new double[] {-2, 2, -2, 2}, 400, 300, WallTheme.DEFAULT, terrain);
        Document doc = parse(svg.toSvg());
        NodeList circles = doc.getElementsByTagName("circle");
        int points = 0;
        for (int i = 0; i < circles.getLength(); i++) {
            Element c = (Element) circles.item(i);
            if (c.getAttribute("r").equals(SvgSurface.fmt(WallTheme.DEFAULT.pointRadius()))) points++;
        }
        assertEquals(4, points, "the four points in view are circles; the one at (50, 50) is left out");
        StringBuilder texts = new StringBuilder();
        NodeList t = doc.getElementsByTagName("text");
        for (int i = 0; i < t.getLength(); i++) texts.append(t.item(i).getTextContent()).append('|');
        assertTrue(texts.toString().contains("AE & friends"), texts.toString());
        assertTrue(texts.toString().contains("5 <test> images"), texts.toString());
        assertTrue(texts.toString().contains("sketch"), texts.toString());
        assertTrue(texts.toString().contains("two"), "legend: " + texts);
        NodeList images = doc.getElementsByTagName("image");
        assertEquals(1, images.getLength());
        String href = ((Element) images.item(0)).getAttributeNS("http://www.w3.org/1999/xlink", "href");
        assertTrue(href.startsWith("data:image/png;base64,"), href);
        byte[] png = java.util.Base64.getDecoder().decode(href.substring("data:image/png;base64,".length()));
        java.awt.image.BufferedImage decoded = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(4, decoded.getWidth());
        assertEquals(0xFF808080, decoded.getRGB(1, 1));
    }

    @Test
    void numbersAreShortAndPlain() {
        assertEquals("12", SvgSurface.fmt(12.0));
        assertEquals("3.5", SvgSurface.fmt(3.5));
        assertEquals("-0.25", SvgSurface.fmt(-0.25));
        assertEquals("0", SvgSurface.fmt(-0.001));
        assertEquals("1.23", SvgSurface.fmt(1.2345));
    }
}
