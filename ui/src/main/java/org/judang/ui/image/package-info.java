/**
 * Images of captures: decoded off the JavaFX thread at the size they are shown, newest request first, kept in a
 * bounded least-recently-used cache so that scrolling back is instant and memory does not grow with the case.
 */
package org.judang.ui.image;
