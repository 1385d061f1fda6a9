package org.isac.workbench.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FailureTextTest {

    @Test
    void theInnermostCauseInTheProvidersWords() {
        String trace = """
                java.lang.reflect.InvocationTargetException
                \tat java.base/jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)
                Caused by: java.lang.IllegalArgumentException: m = 0.1: must be >= 0.5
                \tat org.isac.examples.nakagami.NakagamiFading.configure(NakagamiFading.java:41)
                """;
        assertEquals("m = 0.1: must be >= 0.5", FailureText.message(trace));
        assertEquals("window too small: 3 BSs", FailureText.message("java.lang.IllegalStateException: window too "
                + "small: 3 BSs\n\tat x.y(Z.java:1)"));
        // a message that merely contains a colon keeps it
        assertEquals("K: must be >= 0", FailureText.message("K: must be >= 0"));
    }
}
