package org.isac.workbench.detector;

import java.util.random.RandomGenerator;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A target detector of the CoMP-ISAC letter (concern {@value #CONCERN}): a test statistic of the echo
 * y = X h_s + n received over {@code samples} symbols from {@code cells} cooperating base stations,
 * compared with a threshold.
 *
 * <p>Under the target hypothesis the echo enters through its noncentrality λ = 2 h_sᴴXᴴX h_s / σ_s²
 * (twice the echo-to-noise energy ratio). Swapping the detector changes the statistic and so the
 * threshold for a false-alarm probability, the detection probability, and the sensing SNR the power
 * allocation must guarantee.
 *
 * <p>A detector is called from several threads at once (the link-level Monte Carlo runs its blocks of trials in
 * parallel): implementations keep no mutable state, and draw only from the random stream they are given.
 */
@ProviderType
public interface Detector {

    /** The concern this service serves in the registry. */
    String CONCERN = "detector";

    /**
     * @param cells L, the cooperating base stations, &ge; 1
     * @param samples N, the symbols of a frame, &ge; L
     * @param falseAlarmProbability P_FA in (0, 1)
     * @return the threshold δ whose exceedance probability without a target is P_FA
     */
    double threshold(int cells, int samples, double falseAlarmProbability);

    /**
     * @param cells L &ge; 1
     * @param samples N &ge; L
     * @param threshold δ &ge; 0
     * @param noncentrality λ &ge; 0
     * @return the detection probability P_D given λ (exact, no large-N approximation)
     */
    double detectionProbability(int cells, int samples, double threshold, double noncentrality);

    /**
     * @param cells L &ge; 1
     * @param samples N &ge; L
     * @param threshold δ &ge; 0
     * @param detectionProbability the required P_D in [0, 1)
     * @return the smallest λ reaching it (0 when P_D is met without a target)
     */
    double requiredNoncentrality(int cells, int samples, double threshold, double detectionProbability);

    /**
     * Draws the statistic once under the target hypothesis with noncentrality λ; exact for the model, since
     * given X the statistic's law depends on the echo only through λ.
     *
     * @param random the stream
     * @param cells L &ge; 1
     * @param samples N &ge; L
     * @param noncentrality λ &ge; 0
     * @return one value of the statistic, to compare with {@link #threshold}
     */
    double sampleStatistic(RandomGenerator random, int cells, int samples, double noncentrality);
}
