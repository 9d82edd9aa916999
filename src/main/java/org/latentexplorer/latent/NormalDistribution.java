package org.latentexplorer.latent;

/**
 * The standard normal distribution and the χ² quantiles a VAE's prior N(0, I) needs: where to put a grid
 * spaced by probability, and how large the ball holding 95% of the prior's mass is. Plain doubles, no
 * dependencies.
 */
public final class NormalDistribution {
    private NormalDistribution() {}

    /** Φ(x), the standard normal CDF (absolute error below 1e-7). */
    public static double cdf(double x) {
        return 0.5 * erfc(-x / Math.sqrt(2));
    }

    /**
     * Φ⁻¹(p), the standard normal quantile, by Acklam's rational approximation (relative error below
     * 1.2e-9 over (0, 1)). Returns ∓∞ at p = 0 and 1.
     */
    public static double inverseCdf(double p) {
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("probability must be in [0, 1], was " + p);
        if (p == 0) return Double.NEGATIVE_INFINITY;
        if (p == 1) return Double.POSITIVE_INFINITY;
        final double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        final double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                6.680131188771972e+01, -1.328068155288572e+01};
        final double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        final double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                3.754408661907416e+00};
        final double low = 0.02425, high = 1 - low;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > high) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        double q = p - 0.5, r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }

    /** The complementary error function (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7). */
    public static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double ans = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? ans : 2 - ans;
    }

    /** ln Γ(x) for x > 0 (Lanczos, about 15 significant digits). */
    public static double logGamma(double x) {
        if (!(x > 0)) throw new IllegalArgumentException("logGamma needs x > 0, was " + x);
        if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
        final double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
                -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
                1.5056327351493116e-7};
        x -= 1;
        double sum = g[0];
        for (int i = 1; i < g.length; i++) sum += g[i] / (x + i);
        double t = x + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** The regularized lower incomplete gamma function P(a, x) (series below a + 1, continued fraction above). */
    public static double regularizedGammaP(double a, double x) {
        if (!(a > 0)) throw new IllegalArgumentException("a must be > 0, was " + a);
        if (x <= 0) return 0;
        double lnPrefix = -x + a * Math.log(x) - logGamma(a);
        if (x < a + 1) {
            double term = 1 / a, sum = term;
            for (int n = 1; n < 10_000; n++) {
                term *= x / (a + n);
                sum += term;
                if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
            }
            return Math.min(1, sum * Math.exp(lnPrefix));
        }
        // Lentz's continued fraction for Q(a, x).
        double tiny = 1e-300, b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d;
        for (int i = 1; i < 10_000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < tiny) d = tiny;
            c = b + an / c;
            if (Math.abs(c) < tiny) c = tiny;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-16) break;
        }
        return Math.max(0, 1 - Math.exp(lnPrefix) * h);
    }

    /** CDF of the χ² distribution with {@code k} degrees of freedom. */
    public static double chiSquareCdf(double x, int k) {
        if (k < 1) throw new IllegalArgumentException("degrees of freedom must be ≥ 1, was " + k);
        return regularizedGammaP(k / 2.0, x / 2.0);
    }

    /** The {@code p} quantile of χ² with {@code k} degrees of freedom, by bisection (to about 1e-12). */
    public static double chiSquareQuantile(double p, int k) {
        if (!(p > 0 && p < 1)) throw new IllegalArgumentException("probability must be in (0, 1), was " + p);
        double lo = 0, hi = Math.max(1, k);
        while (chiSquareCdf(hi, k) < p) hi *= 2;
        for (int i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (chiSquareCdf(mid, k) < p) lo = mid;
            else hi = mid;
        }
        return 0.5 * (lo + hi);
    }

    /** Radius of the ball centred at 0 that holds mass {@code p} of N(0, I) in {@code k} dimensions. */
    public static double priorRadius(double p, int k) {
        return Math.sqrt(chiSquareQuantile(p, k));
    }

    /** Volume of the ball of radius {@code r} in {@code k} dimensions: π^{k/2} r^k / Γ(k/2 + 1). */
    public static double ballVolume(double r, int k) {
        return Math.exp(k / 2.0 * Math.log(Math.PI) + k * Math.log(r) - logGamma(k / 2.0 + 1));
    }
}
