package org.latentexplorer.ui.wall3d;

import java.util.Arrays;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;

import org.latentexplorer.wall.Palette;

/**
 * All points of the cloud as one {@link TriangleMesh}: every point is a small octahedron (6 vertices,
 * 8 faces), so face {@code f} belongs to point {@code f / FACES_PER_POINT}. Colours come from texture
 * coordinates into a one-row palette image with one slot per distinct class label. Normals are the six
 * shared axis directions, which gives each octahedron a rounded, sphere-like shading at no cost.
 *
 * <p>Faces, texture coordinates and the palette are rebuilt only when the point count or the labels
 * change; a typical per-epoch update rewrites only the vertex positions.
 */
final class PointCloudMesh {
    static final int VERTS_PER_POINT = 6;
    static final int FACES_PER_POINT = 8;

    /** Width in texels of one colour slot; sampling at a slot's centre never bleeds into a neighbour. */
    private static final int SLOT_PX = 4;

    /** Vertex k of an octahedron: +x, -x, +y, -y, +z, -z; normal k is the same direction. */
    private static final float[] NORMALS = {1, 0, 0, -1, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 1, 0, 0, -1};

    /** Eight triangles (local vertex indices), wound consistently outward. */
    private static final int[] TRIANGLES = {
        0, 2, 4,   1, 4, 2,   0, 4, 3,   0, 5, 2,
        1, 3, 4,   1, 2, 5,   0, 3, 5,   1, 5, 3
    };

    private final TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
    private final PhongMaterial material = new PhongMaterial(Color.WHITE);

    private float[] points = new float[0];
    private int count;
    private int[] lastLabels;

    PointCloudMesh() {
        mesh.getNormals().setAll(NORMALS);
    }

    TriangleMesh mesh() {
        return mesh;
    }

    PhongMaterial material() {
        return material;
    }

    int count() {
        return count;
    }

    /** Point index of a face of this mesh, or -1. */
    int pointOfFace(int face) {
        if (face < 0) return -1;
        int i = face / FACES_PER_POINT;
        return i < count ? i : -1;
    }

    /**
     * Rebuilds the mesh.
     *
     * @param centres {@code 3 * n} coordinates in the mesh's local space; a NaN coordinate hides the point
     * @param n number of points
     * @param labels class label of each point (length {@code n})
     * @param radius octahedron radius in local units
     */
    void update(float[] centres, int n, int[] labels, float radius) {
        if (points.length != n * VERTS_PER_POINT * 3) points = new float[n * VERTS_PER_POINT * 3];
        float[] p = points;
        for (int i = 0, o = 0; i < n; i++, o += 18) {
            float x = centres[3 * i], y = centres[3 * i + 1], z = centres[3 * i + 2];
            float r = radius;
            if (Float.isNaN(x) || Float.isNaN(y) || Float.isNaN(z)) {
                x = y = z = 0f;
                r = 0f; // degenerate, invisible and never picked
            }
            p[o] = x + r;  p[o + 1] = y;      p[o + 2] = z;
            p[o + 3] = x - r; p[o + 4] = y;   p[o + 5] = z;
            p[o + 6] = x;  p[o + 7] = y + r;  p[o + 8] = z;
            p[o + 9] = x;  p[o + 10] = y - r; p[o + 11] = z;
            p[o + 12] = x; p[o + 13] = y;     p[o + 14] = z + r;
            p[o + 15] = x; p[o + 16] = y;     p[o + 17] = z - r;
        }
        boolean topologyChanged = n != count || lastLabels == null || !Arrays.equals(labels, lastLabels);
        count = n;
        if (topologyChanged) {
            // Clear faces first so the points array may shrink without faces pointing past its end.
            mesh.getFaces().clear();
        }
        mesh.getPoints().setAll(p, 0, n * VERTS_PER_POINT * 3);
        if (topologyChanged) {
            rebuildFaces(n, labels);
            lastLabels = labels.clone();
        }
    }

    private void rebuildFaces(int n, int[] labels) {
        int[] distinct = Arrays.stream(labels).distinct().sorted().toArray();
        if (distinct.length == 0) distinct = new int[] {0};
        int slots = distinct.length;
        int width = slots * SLOT_PX;

        WritableImage palette = new WritableImage(width, SLOT_PX);
        PixelWriter pw = palette.getPixelWriter();
        float[] tex = new float[slots * 2];
        for (int s = 0; s < slots; s++) {
            int argb = 0xFF000000 | Palette.rgb(distinct[s]);
            for (int x = s * SLOT_PX; x < (s + 1) * SLOT_PX; x++) {
                for (int y = 0; y < SLOT_PX; y++) pw.setArgb(x, y, argb);
            }
            tex[2 * s] = (s * SLOT_PX + SLOT_PX / 2f) / width;
            tex[2 * s + 1] = 0.5f;
        }
        mesh.getTexCoords().setAll(tex);
        material.setDiffuseMap(palette);

        int[] faces = new int[n * FACES_PER_POINT * 9];
        for (int i = 0, o = 0; i < n; i++) {
            int slot = Arrays.binarySearch(distinct, labels[i]);
            int base = i * VERTS_PER_POINT;
            for (int t = 0; t < TRIANGLES.length; t++) {
                int v = TRIANGLES[t];
                faces[o++] = base + v; // point
                faces[o++] = v;        // normal
                faces[o++] = slot;     // texcoord
            }
        }
        mesh.getFaces().setAll(faces);
    }

    /** The colour the mesh uses for {@code label}. */
    static Color colorOf(int label) {
        int rgb = Palette.rgb(label);
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
