package org.isac.workbench.beamforming.internal;

import org.isac.workbench.beamforming.Beamformer;
import org.isac.workbench.numerics.linalg.ComplexMatrix;
import org.isac.workbench.registry.IsacProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Regularised zero-forcing W = H (HᴴH + εI)⁻¹: trades exact nulling for beam gain (ε → 0 is zero-forcing,
 * ε → ∞ maximum-ratio transmission).
 */
@Component(configurationPid = RegularizedZeroForcingBeamformer.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = RegularizedZeroForcingBeamformer.Config.class)
@IsacProvider(concern = Beamformer.CONCERN, name = "rzf", description = "regularised zero-forcing (HᴴH + eps I)^-1")
public final class RegularizedZeroForcingBeamformer implements Beamformer {

    static final String PID = "org.isac.workbench.beamformer.rzf";

    /** The regulariser. */
    @ObjectClassDefinition(name = "Regularised zero-forcing", description = "W = H (H^H H + eps I)^-1")
    public @interface Config {
        /** @return ε &ge; 0, relative to unit-variance channel entries */
        @AttributeDefinition(name = "epsilon", description = "ridge added to H^H H (0 = zero-forcing)", min = "0")
        double epsilon() default 0.1;
    }

    private volatile double epsilon;

    @Activate
    @Modified
    void configure(Config config) {
        if (!(config.epsilon() >= 0) || Double.isInfinite(config.epsilon())) {
            throw new IllegalArgumentException("epsilon must be finite and >= 0, got " + config.epsilon());
        }
        epsilon = config.epsilon();
    }

    @Override
    public ComplexMatrix precoder(ComplexMatrix channels, int streams) {
        return ZeroForcing.precoder(channels, streams, epsilon);
    }

    @Override
    public int nullingCapacity(int antennas, int streams) {
        return Math.max(0, antennas - streams);
    }
}
