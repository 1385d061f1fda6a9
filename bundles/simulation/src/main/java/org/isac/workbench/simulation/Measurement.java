package org.isac.workbench.simulation;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a network Monte Carlo run measures: the users' SIRs (for {@code comm-rate} and {@code comm-ase}) and the
 * targets' echo SIRs (for {@code radar-rate} and {@code sensing-ase}). Both share one topology per realization;
 * a run that needs one only is spared the other's work.
 */
public enum Measurement {

    /** The SIR of every measured user, eq. (3). */
    COMMUNICATION,
    /** The echo SIR of every measured target, eq. (6). */
    SENSING;

    /** @return both measurements */
    public static Set<Measurement> all() {
        return EnumSet.allOf(Measurement.class);
    }
}
