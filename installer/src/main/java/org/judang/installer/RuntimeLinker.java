package org.judang.installer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** jlink: the Java runtime the app image carries, with just the modules the workstation uses. */
final class RuntimeLinker {
    private RuntimeLinker() {}

    static Path link(Jdk jdk, Path output, Path log) {
        FileTree.delete(output);
        List<String> cmd = new ArrayList<>(List.of(jdk.requireTool("jlink").toString(),
                "--add-modules", String.join(",", Product.RUNTIME_MODULES),
                "--include-locales=" + Product.LOCALES,
                // not --strip-debug: on Linux it also strips native symbols with objcopy (binutils), for no gain
                // with JDK builds whose libraries are stripped already (same size here, 17 and 25)
                "--strip-java-debug-attributes", "--no-header-files", "--no-man-pages",
                "--output", output.toString()));
        ToolRun.run(cmd, log);
        return output;
    }
}
