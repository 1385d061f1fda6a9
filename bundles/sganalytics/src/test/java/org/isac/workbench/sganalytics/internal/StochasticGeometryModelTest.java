package org.isac.workbench.sganalytics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Proxy;
import java.util.Map;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.junit.jupiter.api.Test;

class StochasticGeometryModelTest {

    /** A Config whose attributes are their annotation defaults, except those in {@code overrides}. */
    private static StochasticGeometryModel.Config config(Map<String, Object> overrides) {
        return (StochasticGeometryModel.Config) Proxy.newProxyInstance(StochasticGeometryModel.class.getClassLoader(),
                new Class<?>[] {StochasticGeometryModel.Config.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return StochasticGeometryModel.Config.class;
                    }
                    return overrides.getOrDefault(method.getName(), method.getDefaultValue());
                });
    }

    @Test
    void defaultsAreTheSpecificationsRecommendations() {
        StochasticGeometryModel model = new StochasticGeometryModel();
        assertEquals(NetworkAnalytics.Options.DEFAULTS, model.options());
        model.configure(config(Map.of()));
        assertEquals(NetworkAnalytics.Options.DEFAULTS, model.options());
        assertEquals(CommKernel.EXACT, model.options().commKernel());
        assertEquals(MisrForm.MEAN_SIGNAL, model.options().misrForm());
        assertEquals(SensingEdge.LS_MINUS_ONE, model.options().sensingEdge());
        assertEquals(SensingRate.THEOREM_3, model.options().sensingRate());
        assertEquals(UserSearch.EXACT, model.options().userSearch());
    }

    @Test
    void variantsAreConfigurable() {
        NetworkParameters p = new NetworkParameters(16, 8, 4, 2, 2, 2, 4, 2, 10, 1e-5);
        StochasticGeometryModel model = new StochasticGeometryModel();
        model.configure(config(Map.of()));
        double exact = model.commRate(p).value();
        double misr = model.commRateMisr(p).value();
        double theorem3 = model.radarRate(p).value();
        model.configure(config(Map.of("theorem1Kernel", CommKernel.PAPER_LITERAL, "theorem2Form",
                MisrForm.EXPONENTIAL_INTERFERENCE, "sensingEdge", SensingEdge.LS, "optimalUsersSearch",
                UserSearch.BISECTION)));
        assertNotEquals(exact, model.commRate(p).value());
        assertNotEquals(misr, model.commRateMisr(p).value());
        assertNotEquals(theorem3, model.radarRate(p).value());
        assertEquals(UserSearch.BISECTION, model.options().userSearch());
        assertEquals(new NetworkAnalytics().radarRateExact(p), model.radarRateExact(p));
        assertEquals(new NetworkAnalytics().radarRateNoHole(new NetworkParameters(16, 8, 4, 2, 2, 1, 4, 2, 10, 1e-5)),
                model.radarRateNoHole(new NetworkParameters(16, 8, 4, 2, 2, 1, 4, 2, 10, 1e-5)));
        assertEquals(10, model.optimalUsers(new NetworkParameters(16, 8, 1, 1, 1, 1, 4, 2, 10, 1e-5)));
        model.configure(config(Map.of("radarRateForClusters", SensingRate.EXACT_HOLE)));
        assertEquals(model.radarRateExact(p), model.radarRate(p));
    }
}
