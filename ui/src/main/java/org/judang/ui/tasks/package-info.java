/**
 * Background tasks (GA/T 2350.5 6.3) as the person sees them: every long job with its progress, time left, cancel
 * and run-again; the indicator in the window's header; notices when a task ends.
 */
package org.judang.ui.tasks;
