package org.isac.workbench.detector.internal;

import org.isac.workbench.detector.Detector;
import org.isac.workbench.registry.IsacProvider;
import org.osgi.service.component.annotations.Component;

/**
 * The energy detector: T = ‖y‖² / σ_s² over all N samples, ignoring the known signals. Its statistic spans N
 * dimensions instead of L, so it needs a higher threshold and more echo energy for the same P_D: the price
 * of not using X.
 */
@Component(service = Detector.class)
@IsacProvider(concern = Detector.CONCERN, name = "energy", description = "energy detector: ||y||^2 / sigma^2")
public final class EnergyDetector extends ChiSquareDetector {

    @Override
    int degrees(int cells, int samples) {
        return samples;
    }
}
