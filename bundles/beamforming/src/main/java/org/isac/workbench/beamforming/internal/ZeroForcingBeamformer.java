package org.isac.workbench.beamforming.internal;

import org.isac.workbench.beamforming.Beamformer;
import org.isac.workbench.numerics.linalg.ComplexMatrix;
import org.isac.workbench.registry.IsacProvider;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;

/** Zero-forcing with interference nulling: the network paper's coordinated beamformer (the default). */
@Component
@IsacProvider(concern = Beamformer.CONCERN, name = "zf", description = "zero-forcing with interference nulling")
@ServiceRanking(IsacProvider.DEFAULT_RANKING)
public final class ZeroForcingBeamformer implements Beamformer {

    @Override
    public ComplexMatrix precoder(ComplexMatrix channels, int streams) {
        return ZeroForcing.precoder(channels, streams, 0);
    }

    @Override
    public int nullingCapacity(int antennas, int streams) {
        return Math.max(0, antennas - streams);
    }
}
