package org.isac.workbench.channel.internal;

import org.isac.workbench.channel.PathLoss;
import org.isac.workbench.channel.model.SquaredDistancePathLoss;
import org.isac.workbench.registry.IsacProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Single-slope law: d^(−exponent) with d in metres, the unbounded law of stochastic-geometry analyses (the
 * default, d₀ = 0), or bounded, (d/d₀)^(−exponent) for d ≥ d₀ and 1 below, with a reference distance d₀ &gt; 0.
 */
@Component(service = {PathLoss.class, SquaredDistancePathLoss.class}, configurationPid = SingleSlopePathLoss.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SingleSlopePathLoss.Config.class)
@IsacProvider(concern = PathLoss.CONCERN, name = "single-slope",
        description = "single-slope d^-exponent (unbounded), or (d/d0)^-exponent bounded below d0 > 0")
@ServiceRanking(IsacProvider.DEFAULT_RANKING)
public final class SingleSlopePathLoss implements SquaredDistancePathLoss {

    static final String PID = "org.isac.workbench.pathloss.single_slope";

    /** Parameters of the law. */
    @ObjectClassDefinition(name = "Single-slope path loss", description = "d^-exponent (d0 = 0, the analyses' "
            + "unbounded law), or (d/d0)^-exponent for d >= d0 and 1 below")
    public @interface Config {
        /** @return d₀ in metres, 0 for the unbounded law */
        @AttributeDefinition(name = "Reference distance d0 [m]", description = "distance below which the gain is 1; "
                + "0: unbounded d^-exponent, as the stochastic-geometry analysis assumes", min = "0")
        double referenceDistance() default 0;
    }

    /** d₀; 0 (the default, also of an instance not yet configured) is the unbounded law. */
    private volatile double referenceDistance;

    @Activate
    @Modified
    void configure(Config config) {
        double d0 = config.referenceDistance();
        if (!(d0 >= 0) || Double.isInfinite(d0)) {
            throw new IllegalArgumentException("referenceDistance = " + d0 + ": must be finite and >= 0");
        }
        referenceDistance = d0;
    }

    @Override
    public double gain(double distance, double exponent) {
        check(distance, exponent);
        double d0 = referenceDistance;
        if (d0 == 0) {
            return Math.pow(distance, -exponent);
        }
        return distance <= d0 ? 1.0 : Math.pow(distance / d0, -exponent);
    }

    @Override
    public double gainSquared(double distanceSquared, double exponent) {
        check(distanceSquared, exponent);
        double d0 = referenceDistance;
        if (d0 == 0) {
            // the common α = 4 spared a pow
            return exponent == 4 ? 1 / (distanceSquared * distanceSquared) : Math.pow(distanceSquared, -0.5 * exponent);
        }
        return distanceSquared <= d0 * d0 ? 1.0 : Math.pow(distanceSquared / (d0 * d0), -0.5 * exponent);
    }

    private static void check(double distance, double exponent) {
        if (!(distance >= 0) || !(exponent > 0)) {
            throw new IllegalArgumentException("need distance >= 0 and exponent > 0, got " + distance + ", "
                    + exponent);
        }
    }
}
