package org.latentexplorer.latent;

import java.util.Arrays;

/**
 * A point quadtree in flat arrays, rebuilt every iteration: each cell keeps its points' count and centre of
 * mass, so a far cell's repulsion is computed once for all its points.
 */
final class TsneQuadTree {
    private static final int MAX_DEPTH = 40;
    private double[] cx, cy, half, comX, comY;
    private int[] count, child, point;
    private int size;
    private final int[] stack = new int[4 * MAX_DEPTH + 8];

    TsneQuadTree(int n) {
        allocate(Math.max(16, 2 * n));
    }

    private void allocate(int capacity) {
        cx = grow(cx, capacity);
        cy = grow(cy, capacity);
        half = grow(half, capacity);
        comX = grow(comX, capacity);
        comY = grow(comY, capacity);
        count = grow(count, capacity);
        child = grow(child, capacity);
        point = grow(point, capacity);
    }

    private static double[] grow(double[] a, int n) {
        return a == null ? new double[n] : Arrays.copyOf(a, n);
    }

    private static int[] grow(int[] a, int n) {
        return a == null ? new int[n] : Arrays.copyOf(a, n);
    }

    private int newNode(double x, double y, double h) {
        if (size == cx.length) allocate(cx.length * 2);
        int node = size++;
        cx[node] = x;
        cy[node] = y;
        half[node] = h;
        comX[node] = 0;
        comY[node] = 0;
        count[node] = 0;
        child[node] = -1;
        point[node] = -1;
        return node;
    }

    void build(double[] y, int n) {
        double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y0 = x0, y1 = x1;
        for (int i = 0; i < n; i++) {
            x0 = Math.min(x0, y[2 * i]);
            x1 = Math.max(x1, y[2 * i]);
            y0 = Math.min(y0, y[2 * i + 1]);
            y1 = Math.max(y1, y[2 * i + 1]);
        }
        size = 0;
        double h = Math.max(x1 - x0, y1 - y0) / 2 + 1e-5;
        newNode((x0 + x1) / 2, (y0 + y1) / 2, h);
        for (int i = 0; i < n; i++) insert(i, y[2 * i], y[2 * i + 1]);
    }

    private void insert(int i, double x, double y) {
        int node = 0;
        for (int depth = 0; ; depth++) {
            int c = count[node];
            if (child[node] < 0 && c == 1 && depth < MAX_DEPTH) {
                // Split: the resident point (at the leaf's centre of mass) moves down into its quadrant.
                double rx = comX[node], ry = comY[node], h = half[node] / 2;
                int resident = point[node], first = -1;
                for (int q = 0; q < 4; q++) {
                    int made = newNode(cx[node] + ((q & 1) == 0 ? -h : h), cy[node] + ((q & 2) == 0 ? -h : h), h);
                    if (q == 0) first = made;
                }
                child[node] = first;
                point[node] = -1;
                int target = first + quadrant(node, rx, ry);
                comX[target] = rx;
                comY[target] = ry;
                count[target] = 1;
                point[target] = resident;
            }
            comX[node] = (comX[node] * c + x) / (c + 1);
            comY[node] = (comY[node] * c + y) / (c + 1);
            count[node] = c + 1;
            if (child[node] < 0) {
                // An empty leaf takes the point; a full one at the depth limit keeps identical positions together.
                if (c == 0) point[node] = i;
                return;
            }
            node = child[node] + quadrant(node, x, y);
        }
    }

    private int quadrant(int node, double x, double y) {
        return (x >= cx[node] ? 1 : 0) | (y >= cy[node] ? 2 : 0);
    }

    /** Σ_j q_ij² (y_i − y_j) into acc[0..1] and Σ_j q_ij into acc[2], q = (1 + d²)⁻¹, cells summarised by θ. */
    void repulsion(int i, double x, double y, double theta, double[] acc) {
        double fx = 0, fy = 0, z = 0, theta2 = theta * theta;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            int c = count[node];
            if (c == 0) continue;
            boolean leaf = child[node] < 0;
            if (leaf && c == 1 && point[node] == i) continue;
            double dx = x - comX[node], dy = y - comY[node], d2 = dx * dx + dy * dy;
            double width = 2 * half[node];
            if (leaf || width * width < theta2 * d2) {
                double q = 1 / (1 + d2);
                double m = c * q;
                z += m;
                m *= q;
                fx += m * dx;
                fy += m * dy;
            } else {
                int first = child[node];
                for (int q = 0; q < 4; q++) stack[top++] = first + q;
            }
        }
        acc[0] = fx;
        acc[1] = fy;
        acc[2] = z;
    }
}
