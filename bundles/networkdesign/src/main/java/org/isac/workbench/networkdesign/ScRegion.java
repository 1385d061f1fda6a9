package org.isac.workbench.networkdesign;

import java.util.Comparator;
import java.util.List;

/**
 * The S–C ASE region found by the search of the specification's §6 (A2–A4).
 *
 * @param commCorner P_c, the best communication ASE (no nulling, K*)
 * @param senseCorner P_s, the best sensing ASE (the paper's Lemma 3 puts K = 1 there, from the K-free
 *        approximation (23); the exact radar rate grows with K, so the best sensing design may serve more users)
 * @param boundary the Pareto-optimal designs, by decreasing communication ASE
 * @param envelope the upper concave envelope of the boundary (the region with time sharing between designs)
 */
public record ScRegion(RegionPoint commCorner, RegionPoint senseCorner, List<RegionPoint> boundary,
        List<RegionPoint> envelope) {

    /** Copies the lists. */
    public ScRegion {
        boundary = List.copyOf(boundary);
        envelope = List.copyOf(envelope);
    }

    /**
     * The boundary designs seen in the average-rate plane (Fig. 9). A design's ASEs are its rates times its
     * users and targets, so a design of the ASE boundary can be beaten in both rates by another one (the
     * communication corner serves K* users at a lower rate each than a design with fewer users); those are left
     * out, and the rest form a front in (R_c, R_s).
     *
     * @return the envelope's designs that no other envelope design beats in both R_c and R_s, by decreasing R_c
     */
    public List<RegionPoint> rateFront() {
        return RegionPoint.front(envelope, RegionPoint::commRate, RegionPoint::radarRate);
    }

    /**
     * Problem (P1): the design maximising ρ·A_s + (1 − ρ)·A_c. A linear objective over the finite design set
     * peaks on the Pareto boundary, so one region answers every ρ.
     *
     * @param rho the sensing weight in [0, 1]
     * @return the best design of the boundary
     */
    public RegionPoint weightedOptimum(double rho) {
        if (!(rho >= 0 && rho <= 1)) {
            throw new IllegalArgumentException("rho must be in [0, 1], got " + rho);
        }
        return boundary.stream()
                .max(Comparator.comparingDouble(p -> rho * p.sensingAse() + (1 - rho) * p.commAse())).orElseThrow();
    }
}
