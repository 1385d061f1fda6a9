package org.isac.workbench.channel.internal;

import java.util.random.RandomGenerator;
import org.isac.workbench.channel.model.ArrayGeometry;
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
 * Rician channel: H = √(1/(K+1)) W + √(K/(K+1)) e^{jφ} a_rx(θ_a) a_tx(θ_d)ᴴ, with W i.i.d. CN(0, 1) (drawn first,
 * exactly as Rayleigh draws it), the line-of-sight steering vectors of the two arrays towards each other
 * (a_n = exp(j · phase of element n), {@link ArrayGeometry#phase}) and a uniform phase φ drawn after W. K = 0 is
 * Rayleigh, bit for bit.
 */
@Component(configurationPid = RicianChannelModel.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = RicianChannelModel.Config.class)
@IsacProvider(concern = ChannelModel.CONCERN, name = "rician",
        description = "Rician: line-of-sight steering vectors plus Rayleigh scattering, K-factor setting")
public final class RicianChannelModel implements ChannelModel {

    static final String PID = "org.isac.workbench.channel_model.rician";

    /** The K-factor. */
    @ObjectClassDefinition(name = "Rician channel", description = "line-of-sight to scattered power ratio")
    public @interface Config {
        /** @return K, linear */
        @AttributeDefinition(name = "K-factor", description = "line-of-sight power over scattered power (linear; "
                + "0 is Rayleigh)", min = "0")
        double kFactor() default 1;
    }

    private final double kFactor;

    @Activate
    public RicianChannelModel(Config config) {
        this(config.kFactor());
    }

    /** @param kFactor K, linear, &ge; 0 */
    RicianChannelModel(double kFactor) {
        if (!(kFactor >= 0) || Double.isInfinite(kFactor)) {
            throw new IllegalArgumentException("kFactor = " + kFactor + ": must be finite and >= 0");
        }
        this.kFactor = kFactor;
    }

    @Override
    public void sample(Link link, RandomGenerator random, double[] re, double[] im, int offset) {
        int rows = link.receiver().elements();
        int columns = link.transmitter().elements();
        RandomVariates.complexGaussian(random, re, im, offset, rows * columns);
        if (kFactor == 0) {
            return;
        }
        double scattered = Math.sqrt(1 / (kFactor + 1));
        double lineOfSight = Math.sqrt(kFactor / (kFactor + 1));
        double common = 2 * Math.PI * random.nextDouble();
        double departure = link.departureAngle();
        double arrival = link.arrivalAngle();
        for (int n = 0; n < rows; n++) {
            double receive = link.receiver().phase(n, arrival);
            for (int m = 0; m < columns; m++) {
                double phase = common + receive - link.transmitter().phase(m, departure);
                int at = offset + n * columns + m;
                re[at] = scattered * re[at] + lineOfSight * Math.cos(phase);
                im[at] = scattered * im[at] + lineOfSight * Math.sin(phase);
            }
        }
    }

    @Override
    public boolean iidRayleigh() {
        return kFactor == 0;
    }
}
