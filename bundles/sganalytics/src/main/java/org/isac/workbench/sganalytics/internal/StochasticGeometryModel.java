package org.isac.workbench.sganalytics.internal;

import java.util.Map;
import org.isac.workbench.registry.IsacProvider;
import org.isac.workbench.sganalytics.Evaluation;
import org.isac.workbench.sganalytics.NetworkIsacModel;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The stochastic-geometry analytics of Meng et al. (IEEE TWC 2024) as the default network ISAC model:
 * a thin OSGi shell around {@link NetworkAnalytics}, whose §10 variants it exposes as configuration.
 */
@Component(configurationPid = StochasticGeometryModel.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = StochasticGeometryModel.Config.class)
@IsacProvider(concern = NetworkIsacModel.CONCERN, name = "meng-2024",
        description = "stochastic-geometry analytics of Meng et al. 2024: Theorems 1-3, Proposition 3, "
                + "exact hole-aware radar rate")
@ServiceRanking(IsacProvider.DEFAULT_RANKING)
public final class StochasticGeometryModel implements NetworkIsacModel {

    static final String PID = "org.isac.workbench.sg_model.meng_2024";

    /** The modelling variants of specification §10; the defaults are its recommendations. */
    @ObjectClassDefinition(name = "Network ISAC analytics (Meng et al. 2024)",
            description = "variants of the stochastic-geometry formulas (specification section 10)")
    public @interface Config {
        /** @return the Theorem 1 kernel */
        @AttributeDefinition(name = "Theorem 1 kernel", description = "EXACT: [F_K(s eta^alpha)]^-Lc (cluster-edge "
                + "average, exact); PAPER_LITERAL: Rayleigh serving distance with eta treated as independent "
                + "(2-3 % high for Lc >= 2)")
        CommKernel theorem1Kernel() default CommKernel.EXACT;

        /** @return the Theorem 2 form */
        @AttributeDefinition(name = "Theorem 2 form", description = "MEAN_SIGNAL: eq. (12); GAMMA_SIGNAL: (12-gamma), "
                + "Gamma(Delta) signal kept; EXPONENTIAL_INTERFERENCE: (12-e), interferers K*Exp(1)")
        MisrForm theorem2Form() default MisrForm.MEAN_SIGNAL;

        /** @return the sensing cluster edge of Theorem 3 */
        @AttributeDefinition(name = "Sensing cluster edge", description = "LS_MINUS_ONE: the (Ls-1)-th nearest other "
                + "BS bounds the cluster (DoF-consistent); LS: the Ls-th (Theorem 3 only)")
        SensingEdge sensingEdge() default SensingEdge.LS_MINUS_ONE;

        /** @return the radar rate of a sensing cluster */
        @AttributeDefinition(name = "Radar rate for Ls >= 2", description = "THEOREM_3: the interference hole of the "
                + "nulled neighbours ignored, as the paper does (5-8 % below the simulators); EXACT_HOLE: the exact "
                + "hole-aware rate H1 (about 10 times slower)")
        SensingRate radarRateForClusters() default SensingRate.THEOREM_3;

        /** @return how Lemma 2's K* is found */
        @AttributeDefinition(name = "Optimal users search", description = "EXACT: integer argmax of K*R_c with "
                + "Theorem 1; BISECTION: the paper's root of the real-K derivative, then the better neighbour")
        UserSearch optimalUsersSearch() default UserSearch.EXACT;

        /** @return whether J &le; N_r is enforced */
        @AttributeDefinition(name = "Enforce J <= Nr", description = "reject points with more targets per cell than "
                + "receive antennas (J_max = Nr, eq. (26b))")
        boolean enforceTargetLimit() default true;
    }

    private volatile NetworkAnalytics analytics = new NetworkAnalytics();

    @Activate
    @Modified
    void configure(Config config) {
        analytics = new NetworkAnalytics(new NetworkAnalytics.Options(config.theorem1Kernel(), config.theorem2Form(),
                config.sensingEdge(), config.radarRateForClusters(), config.optimalUsersSearch(),
                config.enforceTargetLimit()));
    }

    /** The paper's model (§2 of the specification), by the names of this workbench's providers. */
    private static final Map<String, String> ASSUMPTIONS = Map.of("point-process", "ppp", "channel-model", "iid",
            "fading", "rayleigh", "pathloss", "single-slope", "beamformer", "zf");

    @Override
    public Map<String, String> assumptions() {
        return ASSUMPTIONS;
    }

    /** @return the variants in use */
    NetworkAnalytics.Options options() {
        return analytics.options();
    }

    @Override
    public Evaluation commRate(NetworkParameters p) {
        return analytics.commRate(p);
    }

    @Override
    public Evaluation commRateMisr(NetworkParameters p) {
        return analytics.commRateMisr(p);
    }

    @Override
    public Evaluation radarRate(NetworkParameters p) {
        return analytics.radarRate(p);
    }

    @Override
    public Evaluation radarRateNoHole(NetworkParameters p) {
        return analytics.radarRateNoHole(p);
    }

    @Override
    public Evaluation radarRateExact(NetworkParameters p) {
        return analytics.radarRateExact(p);
    }

    @Override
    public int optimalUsers(NetworkParameters p) {
        return analytics.optimalUsers(p);
    }
}
