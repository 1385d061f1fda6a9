package org.isac.workbench.simulation.internal;

import java.util.random.RandomGenerator;
import org.isac.workbench.numerics.random.RandomVariates;
import org.isac.workbench.numerics.special.FejerKernel;
import org.isac.workbench.sganalytics.NetworkParameters;

/**
 * Residual clutter of the paper's Remark 1, as both simulators draw it: clutter scatterers form a PPP of
 * density λ_cl around the sensing BS; delay matching keeps only those in the target's range cell
 * [r − Δr/2, r + Δr/2]; a scatterer at angle θ_c is illuminated by the BS's own beams (gain
 * ‖a_t(θ_c)ᴴW‖², supplied by the caller) and enters target j's receive filter with the Fejér mismatch
 * ξ(θ_c, θ_j) = |Σ_n e^{jπn(sin θ_c − sin θ_j)}|² / N_r², so its echo power is
 * c_s (σ_cl/σ) ξ ‖a_tᴴW‖² d^{−2β} (c_s already holds G_mf σ N_r).
 */
final class Clutter {

    /** The illumination ‖a_t(θ)ᴴW‖² of a direction, given sin θ. */
    @FunctionalInterface
    interface Illumination {
        double gain(double sine);
    }

    private Clutter() {
    }

    /**
     * @param p the network point (clutter density, RCS ratio, range cell, N_r, β, c_s)
     * @param random the stream
     * @param range the target's distance r from its BS
     * @param targetSine sin θ_j of the target's direction
     * @param illumination the BS's beam gain towards a direction
     * @return the clutter echo power in the target's filter (0 without clutter)
     */
    static double power(NetworkParameters p, RandomGenerator random, double range, double targetSine,
            Illumination illumination) {
        if (p.clutterDensity() == 0) {
            return 0;
        }
        double inner = Math.max(0, range - p.rangeCell() / 2);
        double outer = range + p.rangeCell() / 2;
        double area = Math.PI * (outer * outer - inner * inner);
        int scatterers = RandomVariates.poisson(random, p.clutterDensity() * area);
        double power = 0;
        for (int c = 0; c < scatterers; c++) {
            // uniform in the annulus: radius by inverting the area, angle uniform
            double d = Math.sqrt(inner * inner + random.nextDouble() * (outer * outer - inner * inner));
            double sine = Math.sin(2 * Math.PI * random.nextDouble());
            power += p.sensingGain() * p.clutterRcs() * FejerKernel.normalised(sine - targetSine, p.receiveAntennas())
                    * illumination.gain(sine) * Math.pow(d, -2 * p.beta());
        }
        return power;
    }

    /** Gamma(K, 1) illumination of the equivalent-gain model. */
    static Illumination gammaIllumination(RandomGenerator random, int users) {
        return sine -> RandomVariates.gamma(random, users);
    }
}
