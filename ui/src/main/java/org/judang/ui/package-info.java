/**
 * The desktop application of the workstation: JavaFX views, view models and controllers over the engine's facade
 * ({@code Workstation}, {@code CaseSession} and the values they return). Never the engine's store or other internals;
 * an ArchUnit test checks it. {@link org.judang.ui.WorkstationApp} is the JavaFX application.
 */
package org.judang.ui;
