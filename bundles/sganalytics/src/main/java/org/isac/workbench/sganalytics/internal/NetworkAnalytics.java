package org.isac.workbench.sganalytics.internal;

import org.isac.workbench.sganalytics.Evaluation;
import org.isac.workbench.sganalytics.NetworkIsacModel;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.isac.workbench.sganalytics.internal.AdaptiveQuadrature.Result;

/**
 * The analytic model of the network ISAC paper (Meng et al., IEEE TWC 2024) in plain Java, with the
 * variants of specification §10 fixed at construction. Immutable and thread-safe.
 *
 * <p>Every rate is computed to a total estimated relative error of at most
 * {@value RateIntegrals#TARGET_RELATIVE_ACCURACY} (quadrature, nested-integral propagation, truncation and
 * F_K's own error), returned as the {@link Evaluation#errorEstimate()}; a point where that cannot be
 * reached, or outside the model, is rejected with an {@link IllegalArgumentException} naming the parameters.
 */
public final class NetworkAnalytics implements NetworkIsacModel {

    /**
     * The §10 variants.
     *
     * @param commKernel kernel of Theorem 1 (decision 1)
     * @param misrForm form of Theorem 2 (decision 2)
     * @param sensingEdge the cluster edge of Theorem 3 (decision 3)
     * @param sensingRate the radar rate for L_s &ge; 2: Theorem 3 or H1 (decision 4)
     * @param userSearch how Lemma 2's K* is found
     * @param enforceTargetLimit whether J &le; J_max = N_r is required (eq. (26b), §4 guards)
     */
    public record Options(CommKernel commKernel, MisrForm misrForm, SensingEdge sensingEdge, SensingRate sensingRate,
            UserSearch userSearch, boolean enforceTargetLimit) {

        /** The specification's recommendations. */
        public static final Options DEFAULTS = new Options(CommKernel.EXACT, MisrForm.MEAN_SIGNAL,
                SensingEdge.LS_MINUS_ONE, SensingRate.THEOREM_3, UserSearch.EXACT, true);

        /** Rejects missing choices. */
        public Options {
            if (commKernel == null || misrForm == null || sensingEdge == null || sensingRate == null
                    || userSearch == null) {
                throw new IllegalArgumentException("all model options must be set, got " + commKernel + ", "
                        + misrForm + ", " + sensingEdge + ", " + sensingRate + ", " + userSearch);
            }
        }
    }

    private final Options options;

    /** The model with the recommended variants. */
    public NetworkAnalytics() {
        this(Options.DEFAULTS);
    }

    /** @param options the variants */
    public NetworkAnalytics(Options options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    /** @return the variants in use */
    public Options options() {
        return options;
    }

    @Override
    public Evaluation commRate(NetworkParameters p) {
        check(p);
        Result nats = CommunicationAnalytics.theorem1(p.users(), p.commCluster(), p.diversity(), p.alpha(),
                options.commKernel());
        return evaluation(nats, "R_c (Theorem 1, " + options.commKernel() + ")", p);
    }

    @Override
    public Evaluation commRateMisr(NetworkParameters p) {
        check(p);
        Result nats = CommunicationAnalytics.theorem2(p.users(), p.commCluster(), p.diversity(), p.alpha(),
                options.misrForm());
        return evaluation(nats, "R_c (Theorem 2, " + options.misrForm() + ")", p);
    }

    @Override
    public Evaluation radarRate(NetworkParameters p) {
        check(p);
        p.requireTargets("radar-rate");
        if (p.senseCluster() == 1) {
            return sensing(p, 0, true, "R_s (Proposition 3)");
        }
        if (options.sensingRate() == SensingRate.EXACT_HOLE) {
            return radarRateExact(p);
        }
        int nulled = options.sensingEdge() == SensingEdge.LS ? p.senseCluster() : p.senseCluster() - 1;
        return sensing(p, nulled, false, "R_s (Theorem 3, edge " + options.sensingEdge() + ")");
    }

    @Override
    public Evaluation radarRateNoHole(NetworkParameters p) {
        check(p);
        p.requireTargets("radar-rate-nohole");
        if (p.senseCluster() == 1) {
            return sensing(p, 0, false, "R_s (no-hole benchmark)");
        }
        int nulled = options.sensingEdge() == SensingEdge.LS ? p.senseCluster() : p.senseCluster() - 1;
        return sensing(p, nulled, false, "R_s (no-hole, Theorem 3, edge " + options.sensingEdge() + ")");
    }

    @Override
    public Evaluation radarRateExact(NetworkParameters p) {
        check(p);
        p.requireTargets("radar-rate-exact");
        return sensing(p, p.senseCluster() - 1, true, p.senseCluster() == 1 ? "R_s (Proposition 3)" : "R_s (H1)");
    }

    @Override
    public int optimalUsers(NetworkParameters p) {
        check(p);
        int mj = p.antennas() - p.targets() * (p.senseCluster() - 1);
        return options.userSearch() == UserSearch.EXACT ? exactOptimalUsers(mj, p.alpha())
                : bisectionOptimalUsers(mj, p.alpha());
    }

    /**
     * Lemma 2 as the reference: argmax over K ∈ {1, …, M_J} of K·R_c(K, L_c = 1, Δ = M_J − K + 1), Theorem 1.
     *
     * @param mj M_J = M − J(L_s − 1) &ge; 1
     * @param alpha α
     * @return K*
     */
    static int exactOptimalUsers(int mj, double alpha) {
        int best = 1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int k = 1; k <= mj; k++) {
            Result r = CommunicationAnalytics.theorem1(k, 1, mj - k + 1, alpha, CommKernel.EXACT);
            double ase = k * RateIntegrals.bits(r, "Lemma 2: R_c (Theorem 1) at K = " + k + ", M_J = " + mj
                    + ", alpha = " + alpha)[0];
            if (ase > bestValue) {
                bestValue = ase;
                best = k;
            }
        }
        return best;
    }

    /**
     * Lemma 2 as in the paper: the real root of d/dK[K g_K(M_J − K + 1)] by bisection, then the better of
     * ⌊K⌋ and ⌈K⌉ (clamped to [1, M_J]) by eq. (21).
     *
     * @param mj M_J &ge; 1
     * @param alpha α
     * @return K*
     */
    static int bisectionOptimalUsers(int mj, double alpha) {
        double root = lemma2Root(mj, alpha);
        int below = (int) Math.max(1, Math.min(mj, Math.floor(root)));
        int above = (int) Math.max(1, Math.min(mj, Math.ceil(root)));
        if (below == above) {
            return below;
        }
        String where = "Lemma 2: K g_K(M_J - K + 1) at M_J = " + mj + ", alpha = " + alpha + ", K = ";
        double fBelow = RateIntegrals.bits(CommunicationAnalytics.lemma2Objective(below, mj, alpha), where + below)[0];
        double fAbove = RateIntegrals.bits(CommunicationAnalytics.lemma2Objective(above, mj, alpha), where + above)[0];
        return fAbove > fBelow ? above : below;
    }

    /**
     * @param mj M_J &ge; 1
     * @param alpha α
     * @return the real K in (0, M_J + 1) where d/dK[K g_K(M_J − K + 1)] = 0 (eq. (22))
     */
    static double lemma2Root(int mj, double alpha) {
        double lo = 1e-2;
        double hi = mj + 1 - 1e-3;
        if (!(CommunicationAnalytics.lemma2Derivative(lo, mj, alpha).value() > 0)
                || !(CommunicationAnalytics.lemma2Derivative(hi, mj, alpha).value() < 0)) {
            throw new IllegalArgumentException("Lemma 2: no sign change of the derivative on (0, M_J + 1) for M_J = "
                    + mj + ", alpha = " + alpha);
        }
        while (hi - lo > 1e-7) {
            double mid = 0.5 * (lo + hi);
            double derivative = CommunicationAnalytics.lemma2Derivative(mid, mj, alpha).value();
            if (!Double.isFinite(derivative)) {
                throw new IllegalArgumentException("Lemma 2: the derivative cannot be computed at K = " + mid
                        + " for M_J = " + mj + ", alpha = " + alpha);
            }
            if (derivative > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static Evaluation sensing(NetworkParameters p, int nulled, boolean hole, String what) {
        ClutterLaplace clutter = null;
        if (p.clutterDensity() > 0) {
            if (p.senseCluster() != 1) {
                throw new IllegalArgumentException("clutter (Remark 1) is modelled for Ls = 1, where it extends "
                        + "Proposition 3; got Ls = " + p.senseCluster() + " (simulate it with isac:simulate)");
            }
            clutter = new ClutterLaplace(p.users(), p.alpha(), p.beta(), p.sensingGain(), p.density(),
                    p.clutterDensity(), p.clutterRcs(), p.rangeCell(), p.receiveAntennas());
            what += " with clutter (Remark 1)";
        }
        Result nats = SensingAnalytics.radarRate(p.users(), nulled, hole, p.alpha(), p.beta(), p.sensingGain(),
                p.density(), clutter);
        if (clutter != null) {
            double[] bits = RateIntegrals.bits(nats, what + " at " + describe(p), ClutterLaplace.RELATIVE_ACCURACY);
            return new Evaluation(bits[0], bits[1]);
        }
        return evaluation(nats, what, p);
    }

    private static Evaluation evaluation(Result nats, String what, NetworkParameters p) {
        double[] bits = RateIntegrals.bits(nats, what + " at " + describe(p));
        return new Evaluation(bits[0], bits[1]);
    }

    private void check(NetworkParameters p) {
        if (p == null) {
            throw new IllegalArgumentException("the network parameters must not be null");
        }
        if (options.enforceTargetLimit() && p.targets() > p.receiveAntennas()) {
            throw new IllegalArgumentException("J must be <= J_max = Nr = " + p.receiveAntennas()
                    + " (targets resolvable by the receive array), got J = " + p.targets());
        }
    }

    static String describe(NetworkParameters p) {
        return "M=" + p.antennas() + ", Nr=" + p.receiveAntennas() + ", K=" + p.users() + ", J=" + p.targets()
                + ", Lc=" + p.commCluster() + ", Ls=" + p.senseCluster() + ", alpha=" + p.alpha() + ", beta="
                + p.beta() + ", cs=" + p.sensingGain() + ", lambda=" + p.density()
                + (p.clutterDensity() > 0 ? ", clutter=" + p.clutterDensity() + ", clutterRcs=" + p.clutterRcs()
                        + ", rangeCell=" + p.rangeCell() : "");
    }
}
