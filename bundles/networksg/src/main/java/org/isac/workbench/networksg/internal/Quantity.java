package org.isac.workbench.networksg.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isac.workbench.numerics.stat.Estimate;
import org.isac.workbench.sganalytics.Evaluation;
import org.isac.workbench.sganalytics.NetworkIsacModel;
import org.isac.workbench.sganalytics.NetworkParameters;
import org.isac.workbench.simulation.Measurement;

/**
 * The network paper's quantities, by the key that commands, scenario files and CSV files use: what the
 * simulators estimate, what the analytic model evaluates (with the theorem in the legend), and their axes.
 */
enum Quantity {

    COMM_RATE("comm-rate", "data rate", "Theorem 1", "average data rate R_c [bit/s/Hz]"),
    COMM_RATE_MISR("comm-rate-misr", null, "Theorem 2", "average data rate R_c [bit/s/Hz]"),
    COMM_ASE("comm-ase", "communication ASE", "communication ASE, Theorem 1", "communication ASE [bit/s/Hz/km^2]"),
    RADAR_RATE("radar-rate", "radar rate", "Prop. 3 / Theorem 3", "radar information rate R_s [bit/s/Hz]"),
    RADAR_RATE_NOHOLE("radar-rate-nohole", null, "hole ignored", "radar information rate R_s [bit/s/Hz]"),
    RADAR_RATE_EXACT("radar-rate-exact", null, "exact with hole (H1)", "radar information rate R_s [bit/s/Hz]"),
    SENSING_ASE("sensing-ase", "sensing ASE", "sensing ASE, Prop. 3 / Theorem 3", "sensing ASE [bit/s/Hz/km^2]"),
    /** A_c + A_s, for the scenarios. */
    TOTAL_ASE("total-ase", "total ASE", "total ASE, theory", "total ASE A_c + A_s [bit/s/Hz/km^2]"),
    /** Lemma 2's K*, for {@code isac:sg} only. */
    OPTIMAL_USERS("optimal-users", null, null, "K*");

    /** The quantities of {@code isac:sg}, in the order of the README. */
    static final List<Quantity> ANALYTIC = List.of(COMM_RATE, COMM_RATE_MISR, COMM_ASE, RADAR_RATE, RADAR_RATE_NOHOLE,
            RADAR_RATE_EXACT, SENSING_ASE, OPTIMAL_USERS);
    /** The quantities of {@code isac:simulate}: what a simulator estimates. */
    static final List<Quantity> SIMULATED = List.of(COMM_RATE, RADAR_RATE, COMM_ASE, SENSING_ASE);
    /** What a figure scenario may simulate. */
    static final List<Quantity> PLOTTED = List.of(COMM_RATE, RADAR_RATE, COMM_ASE, SENSING_ASE, TOTAL_ASE);
    /** What a figure scenario may draw as analytic lines. */
    static final List<Quantity> THEORY = List.of(COMM_RATE, COMM_RATE_MISR, RADAR_RATE, RADAR_RATE_NOHOLE,
            RADAR_RATE_EXACT, COMM_ASE, SENSING_ASE, TOTAL_ASE);

    /** The key in commands and files. */
    final String key;
    /** Legend name of its Monte Carlo estimate, or null when no simulator estimates it. */
    final String simulatedLegend;
    /** Legend name of its analytic line, or null when it is no curve. */
    final String theoryLegend;
    /** Axis label with unit. */
    final String axisLabel;

    Quantity(String key, String simulatedLegend, String theoryLegend, String axisLabel) {
        this.key = key;
        this.simulatedLegend = simulatedLegend;
        this.theoryLegend = theoryLegend;
        this.axisLabel = axisLabel;
    }

    /** @return whether it measures sensing, which a network without targets (J = 0) does not have */
    boolean needsTargets() {
        return this == RADAR_RATE || this == RADAR_RATE_NOHOLE || this == RADAR_RATE_EXACT || this == SENSING_ASE
                || this == TOTAL_ASE;
    }

    /**
     * @param p a network point
     * @throws IllegalArgumentException when the point cannot have this quantity (sensing without targets)
     */
    void requireApplicable(NetworkParameters p) {
        if (needsTargets()) {
            p.requireTargets(key);
        }
    }

    /** @return whether it is an area spectral efficiency (bit/s/Hz/m²), not a rate (bit/s/Hz) */
    boolean isAse() {
        return key.endsWith("ase");
    }

    /**
     * @param key a key
     * @param among the quantities allowed where it is used
     * @param field where it was given, for the error
     * @return the quantity
     * @throws IllegalArgumentException naming the field, the key and the allowed keys
     */
    static Quantity of(String key, List<Quantity> among, String field) {
        return find(key, among).orElseThrow(() -> new IllegalArgumentException(field + ": must be one of "
                + keys(among) + ", got '" + key + "'"));
    }

    /**
     * @param key a key
     * @param among the quantities allowed
     * @return the quantity with that key, if allowed
     */
    static Optional<Quantity> find(String key, List<Quantity> among) {
        return among.stream().filter(q -> q.key.equals(key)).findFirst();
    }

    static String keys(List<Quantity> quantities) {
        return String.join(", ", quantities.stream().map(q -> q.key).toList());
    }

    /**
     * @param model the analytic model
     * @param p the network point
     * @return the analytic value with its error estimate
     */
    Evaluation evaluate(NetworkIsacModel model, NetworkParameters p) {
        return switch (this) {
            case COMM_RATE -> model.commRate(p);
            case COMM_RATE_MISR -> model.commRateMisr(p);
            case COMM_ASE -> model.commAse(p);
            case RADAR_RATE -> model.radarRate(p);
            case RADAR_RATE_NOHOLE -> model.radarRateNoHole(p);
            case RADAR_RATE_EXACT -> model.radarRateExact(p);
            case SENSING_ASE -> model.sensingAse(p);
            case TOTAL_ASE -> {
                Evaluation c = model.commAse(p);
                Evaluation s = model.sensingAse(p);
                yield new Evaluation(c.value() + s.value(), c.errorEstimate() + s.errorEstimate());
            }
            case OPTIMAL_USERS -> new Evaluation(model.optimalUsers(p), 0);
        };
    }

    /**
     * @param estimates a simulator's estimates by key
     * @return this quantity's; total-ase sums the two ASEs, its standard error as if independent
     */
    /**
     * @param quantities simulated quantities
     * @return what a simulator must measure to estimate them
     */
    static Set<Measurement> measurements(List<Quantity> quantities) {
        Set<Measurement> measured = EnumSet.noneOf(Measurement.class);
        for (Quantity q : quantities) {
            switch (q) {
                case COMM_RATE, COMM_ASE -> measured.add(Measurement.COMMUNICATION);
                case RADAR_RATE, SENSING_ASE -> measured.add(Measurement.SENSING);
                case TOTAL_ASE -> measured.addAll(Measurement.all());
                default -> throw new IllegalArgumentException(q + " is not simulated");
            }
        }
        return measured;
    }

    Estimate estimate(Map<String, Estimate> estimates) {
        if (this != TOTAL_ASE) {
            return estimates.get(key);
        }
        Estimate c = estimates.get(COMM_ASE.key);
        Estimate s = estimates.get(SENSING_ASE.key);
        return new Estimate(c.mean() + s.mean(), Math.hypot(c.standardError(), s.standardError()),
                Math.min(c.count(), s.count()));
    }

    @Override
    public String toString() {
        return key;
    }

}
