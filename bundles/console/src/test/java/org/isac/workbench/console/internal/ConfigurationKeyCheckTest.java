package org.isac.workbench.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigurationKeyCheckTest {

    @Test
    void unknownKeysAreNamedWithTheKeyTheyProbablyMean() {
        assertEquals(List.of("org.isac.examples.nakagami: unknown key 'M' is ignored (the provider reads m); did you "
                + "mean 'm'? (keys ignore case in OSGi: the two clash and the provider cannot start)",
                "org.isac.examples.nakagami: unknown key 'shape' is ignored (the provider reads m)"),
                ConfigurationKeyCheck.unknownKeys("org.isac.examples.nakagami",
                        List.of("M", "service.pid", "felix.fileinstall.filename", "shape", "m"), Set.of("m")));
        assertEquals(List.of(), ConfigurationKeyCheck.unknownKeys("p", List.of("m", "service.pid"), Set.of("m")));
    }
}
