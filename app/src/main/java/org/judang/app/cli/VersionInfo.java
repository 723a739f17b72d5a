package org.judang.app.cli;

import org.judang.engine.vector.VectorPath;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code judang --version}: the program's version, the Java runtime it runs on with its maximum heap, and the
 * arithmetic path vector search takes (so an installed copy shows whether its bundled runtime gives SIMD).
 */
final class VersionInfo implements IVersionProvider {
    @Override
    public String[] getVersion() {
        long maxHeapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return new String[]{
                "Judang Workstation 0.1.0",
                "Java " + Runtime.version() + " (" + System.getProperty("java.home") + "), max heap " + maxHeapMb + " MB",
                "Vector search: " + VectorPath.describe()};
    }
}
