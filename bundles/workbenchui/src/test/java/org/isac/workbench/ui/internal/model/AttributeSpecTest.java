package org.isac.workbench.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Messages name the field, the value and what is allowed. */
class AttributeSpecTest {

    private static final AttributeSpec M = new AttributeSpec("m", "m", "fading figure", AttributeSpec.Type.DOUBLE, 0,
            "0.5", null, List.of(), List.of("2.0"));
    private static final AttributeSpec FRACTION = new AttributeSpec("f", "Measured radius fraction", "",
            AttributeSpec.Type.DOUBLE, 0, "0.1", "0.9", List.of(), List.of("0.5"));

    @Test
    void numbersAreCheckedAgainstTypeAndRange() {
        assertEquals(Optional.empty(), M.problem("0.5"));
        assertEquals(Optional.empty(), M.problem(" 4 "));
        assertEquals(Optional.of("m = '0.3': must be in [0.5, inf)"), M.problem("0.3"));
        assertEquals(Optional.of("m = 'abc': must be a finite number in [0.5, inf)"), M.problem("abc"));
        assertEquals(Optional.of("m = 'Infinity': must be a finite number in [0.5, inf)"), M.problem("Infinity"));
        assertEquals(Optional.of("Measured radius fraction = '0.95': must be in [0.1, 0.9]"), FRACTION.problem("0.95"));
        assertEquals(4.0, M.value("4"));
    }

    @Test
    void integersOptionsBooleansAndCardinality() {
        AttributeSpec limit = new AttributeSpec("n", "Node limit", "", AttributeSpec.Type.INTEGER, 0, "1", null,
                List.of(), List.of("100000"));
        assertEquals(Optional.of("Node limit = '2.5': must be a whole number (32 bit) in [1, inf)"), limit.problem("2.5"));
        assertEquals(Optional.of("Node limit = '0': must be in [1, inf)"), limit.problem("0"));
        assertEquals(7, limit.value("7"));
        AttributeSpec kernel = new AttributeSpec("k", "Theorem 1 kernel", "", AttributeSpec.Type.STRING, 0, null, null,
                List.of("EXACT", "PAPER_LITERAL"), List.of("EXACT"));
        assertEquals(Optional.of("Theorem 1 kernel = 'exact': must be one of EXACT, PAPER_LITERAL"),
                kernel.problem("exact"));
        AttributeSpec flag = new AttributeSpec("b", "Enforce J <= Nr", "", AttributeSpec.Type.BOOLEAN, 0, null, null,
                List.of(), List.of("true"));
        assertEquals(Optional.of("Enforce J <= Nr = 'yes': must be true or false"), flag.problem("yes"));
        AttributeSpec list = new AttributeSpec("l", "weights", "", AttributeSpec.Type.LONG, 2, "0", null, List.of(),
                List.of());
        assertEquals(Optional.empty(), list.problem("1, 2"));
        assertEquals(Optional.of("weights: at most 2 values, got 3"), list.problem("1,2,3"));
        assertEquals(Optional.of("weights = '-1': must be in [0, inf)"), list.problem("3, -1"));
        assertArrayEquals(new Object[] {1L, 2L}, (Object[]) list.value("1, 2"));
        assertEquals(Optional.of("m = '': must be a finite number in [0.5, inf)"), M.problem(" "));
    }
}
