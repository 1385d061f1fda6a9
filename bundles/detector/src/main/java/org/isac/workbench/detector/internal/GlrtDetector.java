package org.isac.workbench.detector.internal;

import org.isac.workbench.detector.Detector;
import org.isac.workbench.registry.IsacProvider;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;

/**
 * The GLRT of the CoMP-ISAC letter: T = yᴴP_X y / σ_s², the echo energy in the L-dimensional span of the
 * known transmitted signals X. Eq. (10): P_FA = Γ(L, δ)/Γ(L); eq. (12): P_D = Q_L(√λ, √(2δ)).
 */
@Component(service = Detector.class)
@IsacProvider(concern = Detector.CONCERN, name = "glrt", description = "GLRT of the letter: y^H P_X y / sigma^2")
@ServiceRanking(IsacProvider.DEFAULT_RANKING)
public final class GlrtDetector extends ChiSquareDetector {

    @Override
    int degrees(int cells, int samples) {
        return cells;
    }
}
