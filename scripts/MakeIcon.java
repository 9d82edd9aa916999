import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;

/**
 * Draws the app icon: a small gallery wall, framed thumbnails hung in three colour clusters the way the app
 * places test images at their latent codes. Run with {@code java scripts/MakeIcon.java OUT.png [SIZE]}
 * (no build needed; scripts/package.sh calls it). Deterministic: a fixed seed places the frames.
 */
public class MakeIcon {
    // Three of the wall's class colours (wall.Palette): blue, orange, green.
    private static final int[] CLUSTER_COLOURS = {0x4E79A7, 0xF28E2B, 0x59A14F};
    private static final double[][] CLUSTER_CENTRES = {{0.32, 0.32}, {0.68, 0.36}, {0.52, 0.69}};

    public static void main(String[] args) throws Exception {
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size;

        // The wall: a warm light rounded square with a soft top-to-bottom shade, and a darker skirting edge.
        RoundRectangle2D wall = new RoundRectangle2D.Double(s * 0.04, s * 0.04, s * 0.92, s * 0.92, s * 0.2, s * 0.2);
        g.setPaint(new GradientPaint(0, (float) (s * 0.04), new Color(0xF4F1EA), 0, (float) (s * 0.96), new Color(0xDDD6C8)));
        g.fill(wall);
        g.setColor(new Color(0x37474F));
        g.setStroke(new BasicStroke((float) (s * 0.03)));
        g.draw(wall);

        // The frames: small squares around three centres, each a coloured "image" in a dark frame.
        Random random = new Random(7);
        double frame = s * 0.11;
        for (int c = 0; c < CLUSTER_CENTRES.length; c++) {
            Color fill = new Color(CLUSTER_COLOURS[c]);
            for (int k = 0; k < 6; k++) {
                double x = s * CLUSTER_CENTRES[c][0] + random.nextGaussian() * s * 0.085 - frame / 2;
                double y = s * CLUSTER_CENTRES[c][1] + random.nextGaussian() * s * 0.07 - frame / 2;
                x = Math.max(s * 0.12, Math.min(s * 0.88 - frame, x));
                y = Math.max(s * 0.12, Math.min(s * 0.88 - frame, y));
                drawFrame(g, x, y, frame, fill, random);
            }
        }
        g.dispose();
        ImageIO.write(image, "png", new File(args[0]));
    }

    private static void drawFrame(Graphics2D g, double x, double y, double side, Color fill, Random random) {
        double border = Math.max(1, side * 0.14);
        g.setColor(new Color(0x263238));
        g.fill(new RoundRectangle2D.Double(x, y, side, side, border, border));
        g.setColor(fill);
        g.fill(new java.awt.geom.Rectangle2D.Double(x + border, y + border, side - 2 * border, side - 2 * border));
        // A light stroke inside, like a digit or a garment on the thumbnail.
        g.setColor(new Color(255, 255, 255, 210));
        g.setStroke(new BasicStroke((float) Math.max(1, side * 0.1), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double inner = side - 2 * border;
        double cx = x + border + inner / 2;
        double cy = y + border + inner / 2;
        if (random.nextBoolean()) {
            g.draw(new java.awt.geom.Ellipse2D.Double(cx - inner * 0.22, cy - inner * 0.28, inner * 0.44, inner * 0.56));
        } else {
            g.draw(new java.awt.geom.Line2D.Double(cx + inner * 0.05, cy - inner * 0.3, cx - inner * 0.05, cy + inner * 0.3));
        }
    }
}
