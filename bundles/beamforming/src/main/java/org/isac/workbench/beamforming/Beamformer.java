package org.isac.workbench.beamforming;

import org.isac.workbench.numerics.linalg.ComplexMatrix;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A transmit beamformer (concern {@value #CONCERN}).
 *
 * <p>The input stacks, as columns of an M × n matrix, first the channels h of the base station's
 * {@code streams} own users and then the n − streams channels it was asked to null (accepted nulling
 * requests). The output W is M × streams with unit-norm columns; the signal user k receives is hᴴw_k.
 * Whether and how the extra columns are nulled is the beamformer's choice (zero-forcing nulls them,
 * maximum-ratio transmission ignores them).
 */
@ProviderType
public interface Beamformer {

    /** The concern this service serves in the registry. */
    String CONCERN = "beamformer";

    /**
     * @param channels M × n channel columns, own users first; not modified
     * @param streams the number of own users, 1 &le; streams &le; n
     * @return the M × streams precoder with unit-norm columns
     * @throws IllegalArgumentException when the request exceeds what the beamformer can do (for
     *         zero-forcing: n &gt; M), naming the sizes
     */
    ComplexMatrix precoder(ComplexMatrix channels, int streams);

    /**
     * @param antennas transmit antennas M
     * @param streams own users K
     * @return how many extra channels this beamformer can null (the DoF budget M − K for zero-forcing, 0
     *         for beamformers that do not null); callers drop nulling requests beyond it
     */
    int nullingCapacity(int antennas, int streams);
}
