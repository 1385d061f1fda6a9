package org.isac.workbench.channel.internal;

import org.isac.workbench.channel.PathLoss;
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
 * Bounded single-slope law (d/d₀)^(−exponent) for d ≥ d₀ and 1 below: the unbounded law of
 * stochastic-geometry analyses, kept finite at the origin.
 */
@Component(configurationPid = SingleSlopePathLoss.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SingleSlopePathLoss.Config.class)
@IsacProvider(concern = PathLoss.CONCERN, name = "single-slope",
        description = "single-slope (d/d0)^-exponent, bounded below d0")
@ServiceRanking(IsacProvider.DEFAULT_RANKING)
public final class SingleSlopePathLoss implements PathLoss {

    static final String PID = "org.isac.workbench.pathloss.single_slope";

    /** Parameters of the law. */
    @ObjectClassDefinition(name = "Single-slope path loss", description = "(d/d0)^-exponent for d >= d0, 1 below")
    public @interface Config {
        /** @return d₀ in metres */
        @AttributeDefinition(name = "Reference distance d0 [m]", description = "distance below which the gain is 1",
                min = "1e-9")
        double referenceDistance() default 1.0;
    }

    private volatile double referenceDistance;

    @Activate
    @Modified
    void configure(Config config) {
        double d0 = config.referenceDistance();
        if (!(d0 > 0) || Double.isInfinite(d0)) {
            throw new IllegalArgumentException("referenceDistance must be positive and finite, got " + d0);
        }
        referenceDistance = d0;
    }

    @Override
    public double gain(double distance, double exponent) {
        if (!(distance >= 0) || !(exponent > 0)) {
            throw new IllegalArgumentException("need distance >= 0 and exponent > 0, got " + distance + ", " + exponent);
        }
        double d0 = referenceDistance;
        return distance <= d0 ? 1.0 : Math.pow(distance / d0, -exponent);
    }
}
