package org.isac.workbench.compisac.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.isac.workbench.experiment.JsonFields;
import org.isac.workbench.detector.Detector;
import org.junit.jupiter.api.Test;

class PaInstanceTest {

    /** A detector with round numbers, so that the derived constraints are checked exactly. */
    private static final Detector FIXED = new Detector() {
        @Override
        public double threshold(int cells, int samples, double pfa) {
            return 20;
        }

        @Override
        public double detectionProbability(int cells, int samples, double threshold, double noncentrality) {
            return 0.5;
        }

        @Override
        public double requiredNoncentrality(int cells, int samples, double threshold, double pd) {
            return 40 * pd;
        }

        @Override
        public double sampleStatistic(RandomGenerator random, int cells, int samples, double noncentrality) {
            throw new UnsupportedOperationException();
        }
    };

    private static final String VALID = """
            {"L": 2, "gainComm": [[1, 0.1], [0.2, 2]], "gainSense": [[1, 0.5], [0.5, 1]],
             "noiseComm": 1.2589, "noiseSense": [31.623, 10], "N": 100, "pfa": 1e-6,
             "powerBudget": 31.62, "rateMin": [1, 2], "pdMin": 0.5}""";

    private static PaInstance parse(String json) throws Exception {
        return PaInstance.parse(JsonFields.of(json), FIXED);
    }

    private static String error(String json) {
        return assertThrows(IllegalArgumentException.class, () -> parse(json)).getMessage();
    }

    @Test
    void readsScalarsAndArraysAndDerivesTheLinearConstraints() throws Exception {
        PaInstance instance = parse(VALID);
        assertEquals(2, instance.problem().cells());
        assertArrayEquals(new double[] {1.2589, 1.2589}, instance.problem().noiseComm());
        assertArrayEquals(new double[] {31.623, 10}, instance.problem().noiseSense());
        // ζ^c = 2^R − 1 and ζ^s = λ_min / (2N)
        assertArrayEquals(new double[] {1, 3}, instance.problem().sinrMin(), 1e-15);
        assertArrayEquals(new double[] {0.1, 0.1}, instance.problem().sensingSnrMin(), 1e-15);
        assertEquals(PaInstance.DEFAULT_SEED, instance.seed());
        assertTrue(instance.global(), "the global reference runs by default at L = 2");
        assertFalse(parse(VALID.replace("{\"L\"", "{\"global\": false, \"L\"")).global());
    }

    @Test
    void everyErrorNamesItsField() {
        assertEquals("gainComm[1]: must have L = 2 values, got 3",
                error(VALID.replace("[0.2, 2]", "[0.2, 2, 3]")));
        assertEquals("gainSense[0][1]: must be in [0, inf), got -0.5",
                error(VALID.replace("[[1, 0.5], [0.5, 1]]", "[[1, -0.5], [0.5, 1]]")));
        assertEquals("pfa: must be in (0, 1), got 1.5", error(VALID.replace("1e-6", "1.5")));
        assertEquals("pdMin: must be in (0, 1), got 1.0", error(VALID.replace("\"pdMin\": 0.5", "\"pdMin\": 1")));
        assertEquals("powerBudget: must be in (0, inf), got -3.0", error(VALID.replace("31.62,", "-3,")));
        assertEquals("noiseSense: must have L = 2 values, got 3", error(VALID.replace("[31.623, 10]", "[1, 2, 3]")));
        assertEquals("N: must be in [2, 1000000000], got 1", error(VALID.replace("\"N\": 100", "\"N\": 1")));
        assertEquals("rateMin: missing", error(VALID.replace("\"rateMin\": [1, 2],", "")));
        assertEquals("colour: unknown field; known fields: L, N, gainComm, gainSense, global, noiseComm, noiseSense, pdMin, "
                + "pfa, powerBudget, rateMin, seed", error(VALID.replace("{\"L\"", "{\"colour\": 1, \"L\"")));
        assertEquals("gainComm[1][1]: the direct link of user 1 must have a positive gain",
                error(VALID.replace("[0.2, 2]", "[0.2, 0]")));
        assertEquals("global: must be true or false, got \"yes\"",
                error(VALID.replace("{\"L\"", "{\"global\": \"yes\", \"L\"")));
        assertEquals("L: must be an integer, got 2.5", error(VALID.replace("\"L\": 2", "\"L\": 2.5")));
    }
}
