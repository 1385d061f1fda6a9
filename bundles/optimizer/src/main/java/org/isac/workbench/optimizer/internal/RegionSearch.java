package org.isac.workbench.optimizer.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isac.workbench.optimizer.network.RegionPoint;
import org.isac.workbench.optimizer.network.RegionRequest;
import org.isac.workbench.optimizer.network.ScRegion;
import org.isac.workbench.sganalytics.NetworkIsacModel;
import org.isac.workbench.sganalytics.NetworkParameters;

/**
 * The search of the specification's §6 for one network: for every sensing DoF budget D_s = J(L_s − 1) from 0
 * to M − 1, the best communication design (K, L_c) with K·L_c ≤ M − D_s, then the best sensing design
 * (J, L_s) with J(L_s − 1) ≤ D_s and J ≤ J_max for that K (A4); the corner points (A2); the Pareto boundary
 * of these designs and its upper concave envelope. R_c depends on (K, L_c, D_s) only and R_s on (K, L_s)
 * only, so each is evaluated once and cached. Not thread-safe: one search per instance.
 */
final class RegionSearch {

    private final NetworkIsacModel model;
    private final RegionRequest request;
    private final Map<Long, Double> commRates = new HashMap<>();
    private final Map<Long, Double> radarRates = new HashMap<>();

    RegionSearch(NetworkIsacModel model, RegionRequest request) {
        this.model = model;
        this.request = request;
    }

    ScRegion region() {
        int antennas = request.antennas();
        List<RegionPoint> candidates = new ArrayList<>();
        for (int sensingDof = 0; sensingDof < antennas; sensingDof++) {
            RegionPoint best = bestFor(sensingDof);
            if (best != null) {
                candidates.add(best);
            }
        }
        RegionPoint senseCorner = senseCorner();
        if (senseCorner != null) {
            candidates.add(senseCorner);
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no design meets LcMin = " + request.minCommCluster() + ", LsMin = "
                    + request.minSenseCluster() + " with M = " + antennas);
        }
        List<RegionPoint> boundary = pareto(candidates);
        RegionPoint commCorner = boundary.get(0);
        return new ScRegion(commCorner, senseCorner == null ? boundary.get(boundary.size() - 1) : senseCorner,
                boundary, envelope(boundary));
    }

    RegionPoint weightedOptimum(double rho) {
        if (!(rho >= 0 && rho <= 1)) {
            throw new IllegalArgumentException("rho must be in [0, 1], got " + rho);
        }
        return region().boundary().stream()
                .max(Comparator.comparingDouble(p -> rho * p.sensingAse() + (1 - rho) * p.commAse())).orElseThrow();
    }

    /** A4 for one sensing budget; null when no design fits the link-quality bounds. */
    private RegionPoint bestFor(int sensingDof) {
        int antennas = request.antennas();
        int bestK = 0;
        int bestLc = 0;
        double bestCommAse = -1;
        for (int lc = request.minCommCluster(); lc <= antennas - sensingDof; lc++) {
            for (int k = 1; k * lc <= antennas - sensingDof; k++) {
                double ase = request.density() * k * commRate(k, lc, sensingDof);
                if (ase > bestCommAse) {
                    bestCommAse = ase;
                    bestK = k;
                    bestLc = lc;
                }
            }
        }
        if (bestK == 0) {
            return null;
        }
        int bestJ = 0;
        int bestLs = 0;
        double bestSenseAse = -1;
        for (int ls = request.minSenseCluster(); ls <= sensingDof + 1; ls++) {
            int targets = ls == 1 ? request.maxTargets() : Math.min(request.maxTargets(), sensingDof / (ls - 1));
            if (targets < 1) {
                continue;
            }
            double ase = request.density() * targets * radarRate(bestK, ls);
            if (ase > bestSenseAse) {
                bestSenseAse = ase;
                bestJ = targets;
                bestLs = ls;
            }
        }
        if (bestJ == 0) {
            return null;
        }
        return new RegionPoint(bestK, bestJ, bestLc, bestLs, commRate(bestK, bestLc, sensingDof),
                radarRate(bestK, bestLs), bestCommAse, bestSenseAse);
    }

    /** A2: P_s, one user per cell without communication nulling, the best (J, L_s). */
    private RegionPoint senseCorner() {
        int lc = request.minCommCluster();
        int left = request.antennas() - lc; // DoF left for sensing rows with K = 1
        RegionPoint best = null;
        for (int ls = request.minSenseCluster(); ls <= left + 1; ls++) {
            int targets = ls == 1 ? request.maxTargets() : Math.min(request.maxTargets(), left / (ls - 1));
            if (targets < 1) {
                continue;
            }
            double senseAse = request.density() * targets * radarRate(1, ls);
            if (best == null || senseAse > best.sensingAse()) {
                int sensingDof = targets * (ls - 1);
                double rc = commRate(1, lc, sensingDof);
                best = new RegionPoint(1, targets, lc, ls, rc, radarRate(1, ls), request.density() * rc, senseAse);
            }
        }
        return best;
    }

    /**
     * R_c(K, L_c) with the DoF D_s spent on sensing; R_c sees D_s only through Δ, so any (J, L_s) with
     * J(L_s − 1) = D_s will do: one target and D_s sensing neighbours keeps J within J_max.
     */
    private double commRate(int users, int commCluster, int sensingDof) {
        long key = ((long) users << 40) | ((long) commCluster << 20) | sensingDof;
        return commRates.computeIfAbsent(key, k -> model.commRate(parameters(users, commCluster, 1, sensingDof + 1))
                .value());
    }

    /** R_s(K, L_s); it does not depend on J. */
    private double radarRate(int users, int senseCluster) {
        long key = ((long) users << 20) | senseCluster;
        return radarRates.computeIfAbsent(key, k -> model.radarRate(parameters(users, 1, 1, senseCluster)).value());
    }

    private NetworkParameters parameters(int users, int commCluster, int targets, int senseCluster) {
        return new NetworkParameters(request.antennas(), request.receiveAntennas(), users, targets, commCluster,
                senseCluster, request.alpha(), request.beta(), request.sensingGain(), request.density());
    }

    /** The designs no other design beats in both ASEs, by decreasing communication ASE. */
    static List<RegionPoint> pareto(List<RegionPoint> points) {
        List<RegionPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(RegionPoint::commAse).reversed()
                .thenComparing(Comparator.comparingDouble(RegionPoint::sensingAse).reversed()));
        List<RegionPoint> front = new ArrayList<>();
        double bestSensing = Double.NEGATIVE_INFINITY;
        for (RegionPoint p : sorted) {
            if (p.sensingAse() > bestSensing) {
                front.add(p);
                bestSensing = p.sensingAse();
            }
        }
        return front;
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
