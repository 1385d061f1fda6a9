package org.isac.workbench.networkdesign.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.eclipse.collections.impl.map.mutable.primitive.LongDoubleHashMap;
import org.isac.workbench.networkdesign.RegionPoint;
import org.isac.workbench.networkdesign.RegionRequest;
import org.isac.workbench.networkdesign.ScRegion;
import org.isac.workbench.sganalytics.NetworkIsacModel;

/**
 * The S–C region of one network (specification §6): every design (K, J, L_c, L_s) with K·L_c + J(L_s − 1) ≤ M
 * and J ≤ J_max is a candidate, and the boundary is their Pareto front, with its upper concave envelope.
 *
 * <p>The candidates are grouped by the sensing DoF D_s = J(L_s − 1) and K: R_c depends on (K, L_c, D_s) only and
 * R_s on (K, L_s) only, so for a given (D_s, K) the best L_c and the best split of D_s into (J, L_s) are chosen
 * independently, and each rate is evaluated once and cached. This is the paper's A4 extended over K: A4 keeps
 * for every D_s only the K that is best for communication, which is enough when R_s is free of K, as the
 * mean-gain approximation (23) behind Lemma 3 says. With the Gamma(K) gains of Proposition 3 and Theorem 3
 * (and in the simulators) R_s grows with K, so designs with more users than the communication optimum trade
 * communication ASE for sensing ASE and belong to the boundary; for the same reason the sensing corner is the
 * boundary's best sensing design, not Lemma 3's K = 1. Not thread-safe: one search per instance. An interrupt
 * of the calling thread (a cancelled command) stops the search with a {@link CancellationException}.
 */
final class RegionSearch {

    private final NetworkIsacModel model;
    private final RegionRequest request;
    // memoised rates by packed design key, unboxed (Eclipse Collections, embedded: see bnd.bnd)
    private final LongDoubleHashMap commRates = new LongDoubleHashMap();
    private final LongDoubleHashMap radarRates = new LongDoubleHashMap();

    RegionSearch(NetworkIsacModel model, RegionRequest request) {
        this.model = model;
        this.request = request;
    }

    ScRegion region() {
        int antennas = request.antennas();
        List<RegionPoint> candidates = new ArrayList<>();
        for (int sensingDof = 0; sensingDof < antennas; sensingDof++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("region search cancelled");
            }
            for (int users = 1; users * request.minCommCluster() <= antennas - sensingDof; users++) {
                RegionPoint best = bestFor(users, sensingDof);
                if (best != null) {
                    candidates.add(best);
                }
            }
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no design meets LcMin = " + request.minCommCluster() + ", LsMin = "
                    + request.minSenseCluster() + " with M = " + antennas);
        }
        List<RegionPoint> boundary = pareto(candidates);
        return new ScRegion(boundary.get(0), boundary.get(boundary.size() - 1), boundary, envelope(boundary));
    }

    /**
     * The best design with K users and exactly D_s sensing DoF (a D_s that no (J, L_s) splits exactly is
     * dominated by the smaller budgets, which are candidates too); null when none meets the bounds.
     */
    private RegionPoint bestFor(int users, int sensingDof) {
        int antennas = request.antennas();
        int bestLc = 0;
        double bestCommRate = -1;
        for (int lc = request.minCommCluster(); users * lc <= antennas - sensingDof; lc++) {
            double rate = commRate(users, lc, sensingDof);
            if (rate > bestCommRate) {
                bestCommRate = rate;
                bestLc = lc;
            }
        }
        int bestJ = 0;
        int bestLs = 0;
        double bestSenseAse = -1;
        for (int ls = request.minSenseCluster(); ls <= sensingDof + 1; ls++) {
            int targets = ls == 1 ? (sensingDof == 0 ? request.maxTargets() : 0) : exactTargets(sensingDof, ls);
            if (targets < 1) {
                continue;
            }
            double ase = request.density() * targets * radarRate(users, ls);
            if (ase > bestSenseAse) {
                bestSenseAse = ase;
                bestJ = targets;
                bestLs = ls;
            }
        }
        if (bestLc == 0 || bestJ == 0) {
            return null;
        }
        return new RegionPoint(users, bestJ, bestLc, bestLs, bestCommRate, radarRate(users, bestLs),
                request.density() * users * bestCommRate, bestSenseAse);
    }

    /** J with J(L_s − 1) = D_s and J ≤ J_max, or 0 when there is none. */
    private int exactTargets(int sensingDof, int senseCluster) {
        int targets = sensingDof / (senseCluster - 1);
        return targets * (senseCluster - 1) == sensingDof && targets <= request.maxTargets() ? targets : 0;
    }

    /**
     * R_c(K, L_c) with the DoF D_s spent on sensing; R_c sees D_s only through Δ, so any (J, L_s) with
     * J(L_s − 1) = D_s will do: one target and D_s sensing neighbours keeps J within J_max.
     */
    private double commRate(int users, int commCluster, int sensingDof) {
        long key = ((long) users << 40) | ((long) commCluster << 20) | sensingDof;
        return commRates.getIfAbsentPut(key, () -> model.commRate(request.parameters(users, 1, commCluster, sensingDof + 1))
                .value());
    }

    /** R_s(K, L_s); it does not depend on J. */
    private double radarRate(int users, int senseCluster) {
        long key = ((long) users << 20) | senseCluster;
        return radarRates.getIfAbsentPut(key, () -> model.radarRate(request.parameters(users, 1, 1, senseCluster)).value());
    }

    /** The designs no other design beats in both ASEs, by decreasing communication ASE. */
    static List<RegionPoint> pareto(List<RegionPoint> points) {
        return RegionPoint.front(points, RegionPoint::commAse, RegionPoint::sensingAse);
    }

    /** Upper concave envelope of a Pareto front ordered by decreasing communication ASE (monotone chain). */
    static List<RegionPoint> envelope(List<RegionPoint> front) {
        List<RegionPoint> hull = new ArrayList<>();
        for (RegionPoint p : front) {
            while (hull.size() >= 2) {
                RegionPoint a = hull.get(hull.size() - 2);
                RegionPoint b = hull.get(hull.size() - 1);
                // keep b only if it lies strictly above the chord a–p (positive cross product in this order)
                double cross = (b.commAse() - a.commAse()) * (p.sensingAse() - a.sensingAse())
                        - (b.sensingAse() - a.sensingAse()) * (p.commAse() - a.commAse());
                if (cross > 0) {
                    break;
                }
                hull.remove(hull.size() - 1);
            }
            hull.add(p);
        }
        return hull;
    }
}
