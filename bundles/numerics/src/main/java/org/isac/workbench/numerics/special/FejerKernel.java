package org.isac.workbench.numerics.special;

/**
 * The normalised Fejér kernel |Σ_{n&lt;N} e^{jπnΔ}|² / N² = (sin(NπΔ/2) / (N sin(πΔ/2)))²: the power an N-element
 * half-wavelength uniform linear array, steered to one direction, keeps from another whose sine differs by Δ
 * (1 at Δ = 0, first nulls at Δ = ±2/N).
 */
public final class FejerKernel {

    private FejerKernel() {
    }

    /**
     * @param delta Δ = sin θ − sin θ₀, the difference of the two directions' sines
     * @param elements N &ge; 1
     * @return the kernel, in [0, 1]
     */
    public static double normalised(double delta, int elements) {
        double half = Math.PI * delta / 2;
        double s = Math.sin(half);
        if (Math.abs(s) < 1e-12) {
            return 1;
        }
        double ratio = Math.sin(elements * half) / (elements * s);
        return ratio * ratio;
    }
}
