package org.isac.workbench.sganalytics.internal;

import static org.isac.workbench.sganalytics.internal.RateIntegrals.oneMinusPower;

import org.hipparchus.analysis.interpolation.SplineInterpolator;
import org.hipparchus.analysis.polynomials.PolynomialSplineFunction;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.isac.workbench.numerics.special.FejerKernel;

/**
 * The Laplace transform of Remark 1's residual clutter for the clutter model of the simulators: scatterers
 * form a PPP of density λ_cl; delay matching keeps those in the target's range cell, the annulus
 * r − Δr/2 ≤ d ≤ r + Δr/2 around the sensing BS (area A(r)); a scatterer in direction u = sin θ_c (θ_c
 * uniform) is lit by the BS's beams with a Gamma(K, 1) gain, like the target, and enters the target's receive
 * filter with the Fejér mismatch ξ(u − v) of the N_r-element array, v = sin θ_t the target's direction. Its
 * echo is c_s σ_cl/σ · ξ · G · d^{−2β}, so by the PGFL of the clutter PPP
 * <pre>
 * L_C(z | r, v) = exp(−λ_cl A(r) E_{d,u}[1 − (1 + z c_s (σ_cl/σ) ξ(u − v) d^{−2β})^{−K}]),
 * </pre>
 * and, the target's direction being uniform and independent of everything else, the rate (19) needs
 * Φ_C(z, r) = E_v L_C(z | r, v) in place of L_C.
 *
 * <p>Numerics. h_v(x) = E_u[1 − (1 + e^x ξ(u − v))^{−K}] by the trapezoid rule in θ_c (a periodic integrand:
 * spectral convergence once the array's lobes are resolved; for large e^x the dips around the kernel's nulls,
 * of width ~e^{−x/2}, are not, but they weigh as little as they are wide: 512·N_r nodes, at least 4096, put
 * the rate within 2e-8 relative of 16384 nodes, see the tests), for the target directions θ_t of a trapezoid
 * rule with {@value #DIRECTIONS} intervals on [0, π/2] (enough by the symmetries v → −v, u → −u), whose error
 * is estimated by the same rule on half the intervals (the features of h in v, where the kernel's dips meet
 * the endfire directions, narrow as e^x grows, so the rule converges slowly there and its error is reported), tabulated in x = ln w with step {@value #STEP} and interpolated by natural cubic splines;
 * below the table h_v = K e^x E_u[ξ] (linear regime), above it h_v is constant (saturated). The d-average is a
 * {@value #RINGS}-point Gauss–Legendre rule in d² (area-uniform). The interpolation error is measured at construction, on
 * midpoints of the grid, and reported with every value.
 */
final class ClutterLaplace {

    /**
     * The relative accuracy rates with clutter are computed to: the direction average limits it (see above),
     * far below the Monte Carlo's that the extension is compared with.
     */
    static final double RELATIVE_ACCURACY = 1e-4;
    static final int DIRECTIONS = 64;
    static final int RINGS = 12;
    static final double STEP = 0.2;
    private static final double LOW = -25;
    private static final double HIGH = 45;

    private final double k;
    private final double beta;
    private final double alpha;
    private final double logGain;
    private final double clutterDensity;
    private final double halfCell;
    private final double piDensity;
    private final PolynomialSplineFunction[] table;
    private final double[] meanKernel;
    private final double[] top;
    private final double tableError;
    private final double[] nodes;
    private final double[] weights;

    /**
     * @param k K, the shape of the illumination gains
     * @param alpha α (the interference exponent: z = s r^α in the normalised variables)
     * @param beta β
     * @param cs c_s
     * @param density λ_b (the serving distance r = √(a/πλ_b))
     * @param clutterDensity λ_cl &gt; 0
     * @param clutterRcs σ_cl/σ
     * @param rangeCell Δr
     * @param receiveAntennas N_r
     */
    ClutterLaplace(double k, double alpha, double beta, double cs, double density, double clutterDensity,
            double clutterRcs, double rangeCell, int receiveAntennas) {
        this(k, alpha, beta, cs, density, clutterDensity, clutterRcs, rangeCell, receiveAntennas,
                Math.max(4096, 512 * receiveAntennas));
    }

    /** The same with a given number of scatterer directions (the trapezoid rule's nodes in θ_c). */
    ClutterLaplace(double k, double alpha, double beta, double cs, double density, double clutterDensity,
            double clutterRcs, double rangeCell, int receiveAntennas, int scatterDirections) {
        this.k = k;
        this.alpha = alpha;
        this.beta = beta;
        this.logGain = Math.log(cs * clutterRcs);
        this.clutterDensity = clutterDensity;
        this.halfCell = rangeCell / 2;
        this.piDensity = Math.PI * density;
        double[][] kernel = new double[DIRECTIONS + 1][scatterDirections];
        meanKernel = new double[DIRECTIONS + 1];
        for (int v = 0; v <= DIRECTIONS; v++) {
            double target = Math.sin(v * (Math.PI / 2) / DIRECTIONS);
            for (int u = 0; u < scatterDirections; u++) {
                kernel[v][u] = FejerKernel.normalised(Math.sin(2 * Math.PI * u / scatterDirections) - target,
                        receiveAntennas);
                meanKernel[v] += kernel[v][u] / scatterDirections;
            }
        }
        int size = (int) Math.round((HIGH - LOW) / STEP) + 1;
        double[] x = new double[size];
        table = new PolynomialSplineFunction[DIRECTIONS + 1];
        top = new double[DIRECTIONS + 1];
        for (int i = 0; i < size; i++) {
            x[i] = LOW + i * STEP;
        }
        double worst = 0;
        for (int v = 0; v <= DIRECTIONS; v++) {
            double[] y = new double[size];
            for (int i = 0; i < size; i++) {
                y[i] = average(kernel[v], Math.exp(x[i]));
            }
            table[v] = new SplineInterpolator().interpolate(x, y);
            top[v] = y[size - 1];
            if (v % 8 == 0) {
                for (int i = 3; i < size - 1; i += 7) {
                    double mid = x[i] + STEP / 2;
                    worst = Math.max(worst, Math.abs(table[v].value(mid) - average(kernel[v], Math.exp(mid))));
                }
            }
        }
        tableError = worst;
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(RINGS, 0, 1);
        nodes = new double[rule.getNumberOfPoints()];
        weights = new double[rule.getNumberOfPoints()];
        for (int j = 0; j < nodes.length; j++) {
            nodes[j] = rule.getPoint(j);
            weights[j] = rule.getWeight(j);
        }
    }

    private double average(double[] kernel, double w) {
        double sum = 0;
        for (double xi : kernel) {
            sum += oneMinusPower(w * xi, k);
        }
        return sum / kernel.length;
    }

    /** h_v(x): the table, or its linear and saturated ends. */
    private double h(int v, double x) {
        if (x < LOW) {
            return k * Math.exp(x) * meanKernel[v];
        }
        return x > HIGH ? top[v] : table[v].value(x);
    }

    /**
     * Φ_C in the normalised variables of {@link SensingAnalytics}: z = s r^α with a = πλ_b r².
     *
     * @param s the normalised Laplace variable
     * @param a πλ_b r²
     * @param error a one-element slot that receives the absolute error (from the interpolation)
     * @return E_v L_C(s r^α | r, v)
     */
    double laplace(double s, double a, double[] error) {
        double r = Math.sqrt(a / piDensity);
        double inner = Math.max(0, r - halfCell);
        double outer = r + halfCell;
        double inner2 = inner * inner;
        double span = outer * outer - inner2;
        double meanCount = clutterDensity * Math.PI * span;
        double base = Math.log(s) + alpha * Math.log(r) + logGain;
        // trapezoid rule over θ_t ∈ [0, π/2] on the even nodes (half the rule) and on all of them
        double even = 0;
        double odd = 0;
        for (int v = 0; v <= DIRECTIONS; v++) {
            double expected = 0;
            for (int j = 0; j < nodes.length; j++) {
                expected += weights[j] * h(v, base - beta * Math.log(inner2 + span * nodes[j]));
            }
            double term = Math.exp(-meanCount * expected) * (v == 0 || v == DIRECTIONS ? 0.5 : 1);
            if (v % 2 == 0) {
                even += term;
            } else {
                odd += term;
            }
        }
        double value = (even + odd) / DIRECTIONS;
        double half = even / (DIRECTIONS / 2);
        error[0] = Math.abs(value - half) + value * meanCount * tableError;
        return value;
    }

    /** @return the largest interpolation error of h measured at construction */
    double tableError() {
        return tableError;
    }
}
