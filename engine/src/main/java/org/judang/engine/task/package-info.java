/**
 * Long jobs: progress reporting and cancellation, shared by import, clustering and export.
 * Depends on nothing but the JDK.
 */
package org.judang.engine.task;
