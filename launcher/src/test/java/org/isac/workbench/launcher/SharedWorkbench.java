package org.isac.workbench.launcher;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** One container for all tests of a class, with its own plugins folder and workspace. */
abstract class SharedWorkbench {

    @TempDir
    static Path folder;
    static Workbench workbench;

    @BeforeAll
    static void start() throws Exception {
        workbench = Workbench.start(folder.resolve("plugins"), folder.resolve("workspace"), false);
    }

    @AfterAll
    static void stop() throws Exception {
        workbench.close();
    }
}
