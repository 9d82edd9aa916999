package org.latentexplorer.latent;

/**
 * t-SNE's gradient of KL(P ‖ Q) for a 2-D embedding y (x0, y0, x1, y1, …): exact over all pairs, or with the
 * repulsion summarised by a {@link TsneQuadTree} (Barnes-Hut); and the KL divergence itself.
 */
final class TsneGradient {
    private TsneGradient() {}

    /** Attractive forces over the stored affinities, into grad (as F_attr); shared by both gradients. */
    private static void attraction(TsneAffinities p, double[] y, int n, double exaggeration, double[] grad) {
        for (int i = 0; i < n; i++) {
            double fx = 0, fy = 0, yx = y[2 * i], yy = y[2 * i + 1];
            for (int e = p.rowStart()[i]; e < p.rowStart()[i + 1]; e++) {
                int j = p.columns()[e];
                double dx = yx - y[2 * j], dy = yy - y[2 * j + 1];
                double q = 1 / (1 + dx * dx + dy * dy);
                double m = p.values()[e] * q * exaggeration;
                fx += m * dx;
                fy += m * dy;
            }
            grad[2 * i] = fx;
            grad[2 * i + 1] = fy;
        }
    }

    /** The exact gradient over all pairs; returns Z = Σ_{k≠l} (1 + |y_k − y_l|²)⁻¹. */
    static double exact(TsneAffinities p, double[] y, int n, double exaggeration, double[] grad) {
        attraction(p, y, n, exaggeration, grad);
        double[] rep = new double[2 * n];
        double z = 0;
        for (int i = 0; i < n; i++) {
            double yx = y[2 * i], yy = y[2 * i + 1], rx = 0, ry = 0;
            for (int j = i + 1; j < n; j++) {
                double dx = yx - y[2 * j], dy = yy - y[2 * j + 1];
                double q = 1 / (1 + dx * dx + dy * dy);
                z += 2 * q;
                double q2 = q * q;
                rx += q2 * dx;
                ry += q2 * dy;
                rep[2 * j] -= q2 * dx;
                rep[2 * j + 1] -= q2 * dy;
            }
            rep[2 * i] += rx;
            rep[2 * i + 1] += ry;
        }
        for (int e = 0; e < 2 * n; e++) grad[e] = 4 * (grad[e] - rep[e] / z);
        return z;
    }

    static double barnesHut(TsneAffinities p, double[] y, int n, double exaggeration, double[] grad, TsneQuadTree tree, double theta) {
        attraction(p, y, n, exaggeration, grad);
        tree.build(y, n);
        double[] rep = new double[2 * n];
        double z = 0;
        double[] acc = new double[3];
        for (int i = 0; i < n; i++) {
            tree.repulsion(i, y[2 * i], y[2 * i + 1], theta, acc);
            rep[2 * i] = acc[0];
            rep[2 * i + 1] = acc[1];
            z += acc[2];
        }
        for (int e = 0; e < 2 * n; e++) grad[e] = 4 * (grad[e] - rep[e] / z);
        return z;
    }

    /** KL(P ‖ Q) over the stored pairs, with Q_ij = (1 + d²)⁻¹ / Z. */
    static double kl(TsneAffinities p, double[] y, double z) {
        double kl = 0;
        for (int i = 0; i + 1 < p.rowStart().length; i++) {
            for (int e = p.rowStart()[i]; e < p.rowStart()[i + 1]; e++) {
                int j = p.columns()[e];
                double pij = p.values()[e];
                if (pij <= 0) continue;
                double dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1];
                double q = 1 / (1 + dx * dx + dy * dy) / z;
                kl += pij * Math.log(pij / Math.max(q, 1e-300));
            }
        }
        return kl;
    }
}
