package org.isac.workbench.sganalytics;

/**
 * An analytic value with the estimate of its numerical error (quadrature and truncation).
 *
 * @param value the value
 * @param errorEstimate an estimate of its absolute numerical error, &ge; 0
 */
public record Evaluation(double value, double errorEstimate) {
}
