/**
 * The merge-suggestion queue: pairs of archives that may be one identity, side by side, answered Yes / No / Not sure
 * from the keyboard. A No keeps the pair apart for good (the engine writes a cannot-link).
 */
package org.judang.ui.suggestions;
