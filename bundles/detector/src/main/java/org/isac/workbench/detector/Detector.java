package org.isac.workbench.detector;

import java.util.random.RandomGenerator;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A target detector (concern {@value #CONCERN}) that compares a test statistic with a threshold.
 *
 * <p>The statistic observes {@code dimension} complex dimensions (the L cooperating base stations of the
 * CoMP letter) and, under the target hypothesis, depends on the echo through the noncentrality
 * λ = 2 h_sᴴXᴴX h_s / σ_s². Swapping the detector changes the statistic and so the threshold and the
 * detection probability.
 */
@ProviderType
public interface Detector {

    /** The concern this service serves in the registry. */
    String CONCERN = "detector";

    /**
     * @param dimension number of observed complex dimensions, &ge; 1
     * @param falseAlarmProbability P_FA in (0, 1)
     * @return the threshold δ whose exceedance probability without a target is P_FA
     */
    double threshold(int dimension, double falseAlarmProbability);

    /**
     * @param dimension number of observed complex dimensions, &ge; 1
     * @param threshold the threshold δ &ge; 0
     * @param noncentrality the echo noncentrality λ &ge; 0
     * @return the theoretical detection probability P_D
     */
    double detectionProbability(int dimension, double threshold, double noncentrality);

    /**
     * @param dimension number of observed complex dimensions, &ge; 1
     * @param threshold the threshold δ &ge; 0
     * @param detectionProbability target P_D in (0, 1)
     * @return the smallest noncentrality λ that reaches it (0 when P_D &le; P_FA)
     */
    double requiredNoncentrality(int dimension, double threshold, double detectionProbability);

    /**
     * Draws the statistic once under the target hypothesis, for Monte Carlo estimates of P_D.
     *
     * @param random the stream
     * @param dimension number of observed complex dimensions, &ge; 1
     * @param noncentrality the echo noncentrality λ &ge; 0
     * @return one value of the statistic, to compare with {@link #threshold}
     */
    double sampleStatistic(RandomGenerator random, int dimension, double noncentrality);
}
