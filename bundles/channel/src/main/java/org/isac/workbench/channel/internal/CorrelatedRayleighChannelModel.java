package org.isac.workbench.channel.internal;

import java.util.random.RandomGenerator;
import org.isac.workbench.channel.model.ChannelModel;
import org.isac.workbench.channel.model.Link;
import org.isac.workbench.numerics.random.RandomVariates;
import org.isac.workbench.registry.IsacProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Rayleigh fading correlated across the transmit array by the exponential model, E[h_m h_n*] = ρ^|m−n| for the
 * entries of each row of H: every row is W's row times the Cholesky factor of that Toeplitz matrix, which is the
 * recursion h_0 = w_0, h_m = ρ h_{m−1} + √(1 − ρ²) w_m. The receive elements stay uncorrelated. ρ = 0 is i.i.d.
 * Rayleigh, bit for bit.
 */
@Component(configurationPid = CorrelatedRayleighChannelModel.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = CorrelatedRayleighChannelModel.Config.class)
@IsacProvider(concern = ChannelModel.CONCERN, name = "correlated-rayleigh",
        description = "Rayleigh with exponential correlation rho^|m-n| across the transmit array")
public final class CorrelatedRayleighChannelModel implements ChannelModel {

    static final String PID = "org.isac.workbench.channel_model.correlated_rayleigh";

    /** The correlation coefficient. */
    @ObjectClassDefinition(name = "Correlated Rayleigh channel", description = "exponential transmit correlation")
    public @interface Config {
        /** @return ρ */
        @AttributeDefinition(name = "Correlation coefficient", description = "correlation of neighbouring transmit "
                + "antennas, rho in [0, 1)", min = "0", max = "0.999999")
        double correlation() default 0.5;
    }

    private final double correlation;

    @Activate
    public CorrelatedRayleighChannelModel(Config config) {
        this(config.correlation());
    }

    /** @param correlation ρ in [0, 1) */
    CorrelatedRayleighChannelModel(double correlation) {
        if (!(correlation >= 0 && correlation < 1)) {
            throw new IllegalArgumentException("correlation = " + correlation + ": must be in [0, 1)");
        }
        this.correlation = correlation;
    }

    @Override
    public void sample(Link link, RandomGenerator random, double[] re, double[] im, int offset) {
        int rows = link.receiver().elements();
        int columns = link.transmitter().elements();
        RandomVariates.complexGaussian(random, re, im, offset, rows * columns);
        if (correlation == 0) {
            return;
        }
        double innovation = Math.sqrt(1 - correlation * correlation);
        for (int n = 0; n < rows; n++) {
            int row = offset + n * columns;
            for (int m = 1; m < columns; m++) {
                re[row + m] = correlation * re[row + m - 1] + innovation * re[row + m];
                im[row + m] = correlation * im[row + m - 1] + innovation * im[row + m];
            }
        }
    }

    @Override
    public boolean iidRayleigh() {
        return correlation == 0;
    }
}
