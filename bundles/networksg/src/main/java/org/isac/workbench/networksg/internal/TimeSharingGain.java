package org.isac.workbench.networksg.internal;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.isac.workbench.networkdesign.RegionPoint;

/**
 * The paper's comparison with time sharing (spec §8, Figs. 9 and 10): along the boundary, how much more of one
 * metric a design delivers than time sharing between the two corner designs delivers at the same value of the
 * other metric.
 *
 * @param gain the largest relative gain (0.38 = +38 %), over the designs whose other metric lies between the
 *        corners'
 * @param at the design where it is reached
 */
record TimeSharingGain(double gain, RegionPoint at) {

    /**
     * @param envelope the boundary designs (the vertices of the concave envelope: between two vertices the
     *        ratio of two linear functions is monotone, so the largest gain sits on a vertex)
     * @param first one corner
     * @param second the other corner
     * @param given the metric held equal (the abscissa of the comparison)
     * @param gained the metric compared
     * @return the largest gain, and where
     */
    static TimeSharingGain largest(List<RegionPoint> envelope, RegionPoint first, RegionPoint second,
            ToDoubleFunction<RegionPoint> given, ToDoubleFunction<RegionPoint> gained) {
        double x0 = given.applyAsDouble(first);
        double x1 = given.applyAsDouble(second);
        double y0 = gained.applyAsDouble(first);
        double y1 = gained.applyAsDouble(second);
        TimeSharingGain best = new TimeSharingGain(0, first);
        for (RegionPoint p : envelope) {
            double x = given.applyAsDouble(p);
            double share = (x - x0) / (x1 - x0);
            if (!(share >= 0 && share <= 1)) {
                continue;
            }
            double gain = gained.applyAsDouble(p) / (y0 + share * (y1 - y0)) - 1;
            if (gain > best.gain()) {
                best = new TimeSharingGain(gain, p);
            }
        }
        return best;
    }
}
