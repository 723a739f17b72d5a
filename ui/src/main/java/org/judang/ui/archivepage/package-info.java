/**
 * The archive page: an archive's members as crops (or scenes with the box drawn), sorted by time or by similarity
 * with outliers first, a threshold that highlights likely intruders, the captures over time, the cameras on a plan
 * with the path in time order, and the archive's name, notes, tags and cover.
 */
package org.judang.ui.archivepage;
