package org.isac.workbench.beamforming.internal;

import org.isac.workbench.beamforming.Beamformer;
import org.isac.workbench.numerics.linalg.ComplexMatrix;
import org.isac.workbench.registry.IsacProvider;
import org.osgi.service.component.annotations.Component;

/** Maximum-ratio transmission: w_k = h_k / ‖h_k‖; nulls nothing. */
@Component
@IsacProvider(concern = Beamformer.CONCERN, name = "mrt", description = "maximum-ratio transmission (no nulling)")
public final class MaximumRatioTransmission implements Beamformer {

    @Override
    public ComplexMatrix precoder(ComplexMatrix channels, int streams) {
        if (streams < 1 || streams > channels.columns()) {
            throw new IllegalArgumentException("streams must be in [1, " + channels.columns() + "], got " + streams);
        }
        int antennas = channels.rows();
        ComplexMatrix w = new ComplexMatrix(antennas, streams);
        for (int k = 0; k < streams; k++) {
            double norm = Math.sqrt(channels.columnNormSquared(k));
            if (norm == 0) {
                throw new IllegalArgumentException("channel of user " + k + " is zero");
            }
            for (int m = 0; m < antennas; m++) {
                w.set(m, k, channels.re(m, k) / norm, channels.im(m, k) / norm);
            }
        }
        return w;
    }

    @Override
    public int nullingCapacity(int antennas, int streams) {
        return 0;
    }
}
