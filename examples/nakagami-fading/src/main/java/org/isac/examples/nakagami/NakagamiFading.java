package org.isac.examples.nakagami;

import java.util.random.RandomGenerator;
import org.isac.workbench.channel.Fading;
import org.isac.workbench.numerics.random.RandomVariates;
import org.isac.workbench.registry.IsacProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Nakagami-m fading of unit mean power: |h|² ~ Gamma(m, 1/m), uniform phase. m = 1 is Rayleigh; larger m
 * means milder fading (E|h|⁴ = 1 + 1/m). Set m live with a file {@code org.isac.examples.nakagami.cfg}
 * holding {@code m=4} in the plugins folder.
 */
@Component(configurationPid = NakagamiFading.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = NakagamiFading.Config.class)
@IsacProvider(concern = Fading.CONCERN, name = "nakagami", description = "Nakagami-m, |h|^2 ~ Gamma(m, 1/m)")
public final class NakagamiFading implements Fading {

    static final String PID = "org.isac.examples.nakagami";

    /** The shape parameter. */
    @ObjectClassDefinition(name = "Nakagami-m fading", description = "unit-power Nakagami-m small-scale fading")
    public @interface Config {
        /** @return the shape m &ge; 1/2 */
        @AttributeDefinition(name = "m", description = "fading figure m >= 0.5 (1 = Rayleigh)", min = "0.5")
        double m() default 2.0;
    }

    private volatile double m;

    @Activate
    @Modified
    void configure(Config config) {
        if (!(config.m() >= 0.5) || Double.isInfinite(config.m())) {
            throw new IllegalArgumentException("m must be finite and >= 0.5, got " + config.m());
        }
        m = config.m();
    }

    @Override
    public void sampleCoefficients(RandomGenerator random, double[] re, double[] im, int offset, int count) {
        double shape = m;
        for (int i = offset; i < offset + count; i++) {
            double amplitude = Math.sqrt(RandomVariates.gamma(random, shape) / shape);
            double phase = 2 * Math.PI * random.nextDouble();
            re[i] = amplitude * Math.cos(phase);
            im[i] = amplitude * Math.sin(phase);
        }
    }

    @Override
    public void samplePowerGains(RandomGenerator random, double[] gains, int offset, int count) {
        double shape = m;
        for (int i = offset; i < offset + count; i++) {
            gains[i] = RandomVariates.gamma(random, shape) / shape;
        }
    }

    @Override
    public double powerGainSecondMoment() {
        return 1 + 1 / m;
    }
}
