package org.isac.workbench.networkdesign.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isac.workbench.networkdesign.RegionPoint;
import org.isac.workbench.networkdesign.RegionRequest;
import org.isac.workbench.networkdesign.ScRegion;
import org.isac.workbench.sganalytics.Evaluation;
import org.isac.workbench.sganalytics.NetworkIsacModel;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.junit.jupiter.api.Test;

/**
 * The search against brute-force enumeration of every feasible (K, J, L_c, L_s), with a model that has the
 * dependency structure of the paper's (R_c on K, L_c and the diversity Δ; R_s on K and L_s) in a closed form.
 * R_s grows slowly with K, as the exact radar rate does, so designs with more users than the communication
 * optimum belong to the boundary (the paper's A4, which keeps one K per sensing budget, misses them).
 */
class RegionSearchTest {

    /** R_c grows with the diversity and the cluster, falls with K; R_s grows with the sensing cluster and K. */
    private static final NetworkIsacModel MODEL = new NetworkIsacModel() {
        @Override
        public Evaluation commRate(NetworkParameters p) {
            return new Evaluation(Math.log1p(p.diversity() * (1 + 0.3 * (p.commCluster() - 1)) / p.users()) / Math.log(2),
                    0);
        }

        @Override
        public Evaluation commRateMisr(NetworkParameters p) {
            return commRate(p);
        }

        @Override
        public Evaluation radarRate(NetworkParameters p) {
            return new Evaluation(2 + Math.log1p(p.senseCluster() - 1.0) + 0.2 * Math.log(p.users()), 0);
        }

        @Override
        public Evaluation radarRateNoHole(NetworkParameters p) {
            return radarRate(p);
        }

        @Override
        public Evaluation radarRateExact(NetworkParameters p) {
            return radarRate(p);
        }

        @Override
        public int optimalUsers(NetworkParameters p) {
            throw new UnsupportedOperationException();
        }
    };

    private static final RegionRequest REQUEST = new RegionRequest(12, 4, 4, 4, 2, 80, 1e-5, 1, 1);

    /** Every feasible design, rated by the model. */
    private static List<RegionPoint> enumerate(RegionRequest r) {
        List<RegionPoint> all = new java.util.ArrayList<>();
        for (int k = 1; k <= r.antennas(); k++) {
            for (int lc = r.minCommCluster(); k * lc <= r.antennas(); lc++) {
                for (int ls = r.minSenseCluster(); ls <= r.antennas(); ls++) {
                    for (int j = 1; j <= r.maxTargets(); j++) {
                        if (k * lc + j * (ls - 1) > r.antennas()) {
                            continue;
                        }
                        NetworkParameters p = new NetworkParameters(r.antennas(), r.receiveAntennas(), k, j, lc, ls,
                                r.alpha(), r.beta(), r.sensingGain(), r.density());
                        double rc = MODEL.commRate(p).value();
                        double rs = MODEL.radarRate(p).value();
                        all.add(new RegionPoint(k, j, lc, ls, rc, rs, r.density() * k * rc, r.density() * j * rs));
                    }
                }
            }
        }
        return all;
    }

    @Test
    void weightedOptimaEqualBruteForce() {
        List<RegionPoint> all = enumerate(REQUEST);
        for (double rho = 0; rho <= 1.0001; rho += 0.1) {
            double w = Math.min(rho, 1);
            double best = all.stream().mapToDouble(p -> w * p.sensingAse() + (1 - w) * p.commAse()).max().orElseThrow();
            RegionPoint found = new RegionSearch(MODEL, REQUEST).region().weightedOptimum(w);
            assertEquals(best, w * found.sensingAse() + (1 - w) * found.commAse(), 1e-12 * best, "rho = " + w);
        }
    }

    @Test
    void boundaryIsParetoAndEnvelopeConcave() {
        ScRegion region = new RegionSearch(MODEL, REQUEST).region();
        List<RegionPoint> all = enumerate(REQUEST);
        for (RegionPoint b : region.boundary()) {
            // no feasible design beats a boundary point in both ASEs
            assertTrue(all.stream().noneMatch(p -> p.commAse() > b.commAse() * (1 + 1e-12)
                    && p.sensingAse() > b.sensingAse() * (1 + 1e-12)), b.toString());
        }
        List<RegionPoint> hull = region.envelope();
        for (int i = 1; i + 1 < hull.size(); i++) {
            RegionPoint a = hull.get(i - 1);
            RegionPoint b = hull.get(i);
            RegionPoint c = hull.get(i + 1);
            double slopeAb = (b.sensingAse() - a.sensingAse()) / (a.commAse() - b.commAse());
            double slopeBc = (c.sensingAse() - b.sensingAse()) / (b.commAse() - c.commAse());
            // concave: moving towards sensing, each unit of communication ASE buys less sensing ASE
            assertTrue(slopeBc <= slopeAb * (1 + 1e-12), "concave at " + b);
        }
        assertEquals(region.boundary().get(0), region.commCorner());
        assertEquals(all.stream().mapToDouble(RegionPoint::sensingAse).max().orElseThrow(),
                region.senseCorner().sensingAse(), 1e-12 * region.senseCorner().sensingAse());
    }

    /** The boundary is the whole Pareto front of the enumeration: every non-dominated ASE pair is on it. */
    @Test
    void boundaryIsTheWholeParetoFront() {
        for (RegionRequest request : List.of(REQUEST, new RegionRequest(12, 4, 4, 4, 2, 80, 1e-5, 2, 2),
                new RegionRequest(9, 3, 2, 4, 2, 80, 1e-5, 1, 3))) {
            List<RegionPoint> expected = RegionSearch.pareto(enumerate(request));
            List<RegionPoint> found = new RegionSearch(MODEL, request).region().boundary();
            assertEquals(expected.size(), found.size(), request.toString());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).commAse(), found.get(i).commAse(), 1e-12 * expected.get(i).commAse());
                assertEquals(expected.get(i).sensingAse(), found.get(i).sensingAse(),
                        1e-12 * expected.get(i).sensingAse());
            }
        }
    }

    /**
     * The rate front keeps exactly the envelope designs that no other envelope design beats in both rates, in
     * decreasing R_c and so increasing R_s: on the search's region, and on the shape of the real M = 16 region
     * (isac:region M=16), whose communication corner (K* = 10 users) has a lower R_c and R_s than K = 5.
     */
    @Test
    void rateFrontIsTheEnvelopesParetoFrontInRates() {
        RegionPoint corner = new RegionPoint(10, 8, 1, 1, 1.98, 6.75, 1.98e-4, 5.40e-4);
        RegionPoint fewerUsers = new RegionPoint(5, 8, 1, 2, 2.07, 7.79, 1.04e-4, 6.23e-4);
        RegionPoint sensing = new RegionPoint(8, 8, 1, 2, 0.84, 7.83, 0.67e-4, 6.26e-4);
        ScRegion m16 = new ScRegion(corner, sensing, List.of(corner, fewerUsers, sensing),
                List.of(corner, fewerUsers, sensing));
        assertEquals(List.of(fewerUsers, sensing), m16.rateFront());
        for (ScRegion region : List.of(new RegionSearch(MODEL, REQUEST).region(), m16)) {
            List<RegionPoint> front = region.rateFront();
            for (RegionPoint p : region.envelope()) {
                boolean dominated = region.envelope().stream().anyMatch(q -> q.commRate() >= p.commRate()
                        && q.radarRate() >= p.radarRate() && (q.commRate() > p.commRate() || q.radarRate() > p.radarRate()));
                assertEquals(!dominated, front.contains(p), p.toString());
            }
            for (int i = 1; i < front.size(); i++) {
                assertTrue(front.get(i).commRate() < front.get(i - 1).commRate(), "R_c decreases along the front");
                assertTrue(front.get(i).radarRate() > front.get(i - 1).radarRate(), "R_s increases along the front");
            }
        }
    }
}
