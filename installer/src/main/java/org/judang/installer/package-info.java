/**
 * Packaging the workstation with its own Java runtime: jlink links a trimmed runtime (with
 * {@code jdk.incubator.vector}), jpackage makes the app image and, from it, the platform's installers (.deb here;
 * .msi/.exe on Windows, .dmg/.pkg on macOS). Run by the {@code installer} Maven profile and by this module's test, both
 * through {@link org.judang.installer.InstallerBuild}. Depends on the JDK only; the JDK tools run as processes.
 */
package org.judang.installer;
