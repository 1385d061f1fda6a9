package org.isac.workbench.geometry.internal;

import java.util.random.RandomGenerator;
import org.isac.workbench.geometry.PointProcess;
import org.isac.workbench.geometry.Points;
import org.isac.workbench.geometry.Window;
import org.isac.workbench.numerics.random.RandomVariates;
import org.isac.workbench.registry.IsacProvider;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;

/** Homogeneous Poisson point process: a Poisson number of points, each uniform in the window. */
@Component
@IsacProvider(concern = PointProcess.CONCERN, name = "ppp", description = "homogeneous Poisson point process")
@ServiceRanking(IsacProvider.DEFAULT_RANKING)
public final class PoissonPointProcess implements PointProcess {

    @Override
    public Points sample(RandomGenerator random, Window window, double density) {
        if (!(density >= 0) || Double.isInfinite(density)) {
            throw new IllegalArgumentException("density must be finite and >= 0, got " + density);
        }
        int n = RandomVariates.poisson(random, density * window.area());
        double[] x = new double[n];
        double[] y = new double[n];
        double[] xy = new double[2];
        for (int i = 0; i < n; i++) {
            window.sampleUniform(random, xy, 0);
            x[i] = xy[0];
            y[i] = xy[1];
        }
        return new Points(x, y);
    }
}
