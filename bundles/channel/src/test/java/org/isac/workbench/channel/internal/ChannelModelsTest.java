package org.isac.workbench.channel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import org.isac.workbench.numerics.random.RandomStreams;
import org.junit.jupiter.api.Test;

class ChannelModelsTest {

    private static SingleSlopePathLoss pathLoss(double d0) {
        SingleSlopePathLoss law = new SingleSlopePathLoss();
        law.configure(new SingleSlopePathLoss.Config() {
            @Override
            public double referenceDistance() {
                return d0;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return SingleSlopePathLoss.Config.class;
            }
        });
        return law;
    }

    @Test
    void singleSlopeLaw() {
        SingleSlopePathLoss law = pathLoss(1);
        assertEquals(1e-8, law.gain(100, 4), 1e-22);
        assertEquals(Math.pow(250, -3.5), law.gain(250, 3.5), 1e-28);
        assertEquals(1, law.gain(0.5, 4), 0);
        assertEquals(Math.pow(10, -4), pathLoss(10).gain(100, 4), 1e-18);
        assertThrows(IllegalArgumentException.class, () -> law.gain(-1, 4));
        assertThrows(IllegalArgumentException.class, () -> law.gain(1, 0));
        assertThrows(IllegalArgumentException.class, () -> pathLoss(0));
    }

    @Test
    void rayleighPowerGainsAreExponential() {
        RayleighFading fading = new RayleighFading();
        int n = 200_000;
        double[] gains = new double[n];
        fading.samplePowerGains(RandomStreams.of(9, 0, 0), gains, 0, n);
        double mean = 0;
        double second = 0;
        for (double g : gains) {
            mean += g / n;
            second += g * g / n;
        }
        // Exp(1): mean 1 (sd 1), E X² = 2 (sd of X² is √20); 4.5 standard errors
        assertEquals(1, mean, 4.5 / Math.sqrt(n));
        assertEquals(fading.powerGainSecondMoment(), second, 4.5 * Math.sqrt(20.0 / n));
        double[] re = new double[n];
        double[] im = new double[n];
        fading.sampleCoefficients(RandomStreams.of(9, 0, 1), re, im, 0, n);
        double power = 0;
        for (int i = 0; i < n; i++) {
            power += (re[i] * re[i] + im[i] * im[i]) / n;
        }
        assertEquals(1, power, 4.5 / Math.sqrt(n));
    }
}
