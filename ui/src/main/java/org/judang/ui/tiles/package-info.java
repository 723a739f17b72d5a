/** A virtualised grid of fixed-size tiles (archives, members): only the rows on screen have nodes. */
package org.judang.ui.tiles;
