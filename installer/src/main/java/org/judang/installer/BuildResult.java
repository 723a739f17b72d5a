package org.judang.installer;

import java.nio.file.Path;
import java.util.List;

/** What a build made: the app image and its launcher, the installers, and why any asked for was not made. */
record BuildResult(Path appImage, Path launcher, List<Path> packages, List<String> skipped) {}
