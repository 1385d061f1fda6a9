package org.isac.workbench.networkdesign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One network design and its performance.
 *
 * @param users K
 * @param targets J
 * @param commCluster L_c
 * @param senseCluster L_s
 * @param commRate R_c in bit/s/Hz
 * @param radarRate R_s in bit/s/Hz
 * @param commAse λ_b K R_c in bit/s/Hz/m²
 * @param sensingAse λ_b J R_s in bit/s/Hz/m²
 */
public record RegionPoint(int users, int targets, int commCluster, int senseCluster, double commRate,
        double radarRate, double commAse, double sensingAse) {

    /**
     * @param points designs
     * @param x one metric
     * @param y the other
     * @return the designs no other one beats in both metrics, by decreasing x (and so increasing y)
     */
    public static List<RegionPoint> front(Collection<RegionPoint> points, ToDoubleFunction<RegionPoint> x,
            ToDoubleFunction<RegionPoint> y) {
        List<RegionPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(x).reversed().thenComparing(Comparator.comparingDouble(y).reversed()));
        List<RegionPoint> front = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        for (RegionPoint p : sorted) {
            if (y.applyAsDouble(p) > best) {
                front.add(p);
                best = y.applyAsDouble(p);
            }
        }
        return List.copyOf(front);
    }
}
