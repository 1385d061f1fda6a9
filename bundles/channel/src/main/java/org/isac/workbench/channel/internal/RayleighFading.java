package org.isac.workbench.channel.internal;

import java.util.random.RandomGenerator;
import org.isac.workbench.channel.Fading;
import org.isac.workbench.numerics.random.RandomVariates;
import org.isac.workbench.registry.IsacProvider;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;

/** Rayleigh fading: h ~ CN(0,1), so |h|² ~ Exp(1). */
@Component
@IsacProvider(concern = Fading.CONCERN, name = "rayleigh", description = "Rayleigh, h ~ CN(0,1)")
@ServiceRanking(IsacProvider.DEFAULT_RANKING)
public final class RayleighFading implements Fading {

    @Override
    public void sampleCoefficients(RandomGenerator random, double[] re, double[] im, int offset, int count) {
        RandomVariates.complexGaussian(random, re, im, offset, count);
    }

    @Override
    public void samplePowerGains(RandomGenerator random, double[] gains, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            gains[i] = random.nextExponential();
        }
    }

    @Override
    public double powerGainSecondMoment() {
        return 2;
    }
}
