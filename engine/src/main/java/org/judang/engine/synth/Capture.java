package org.judang.engine.synth;

import java.util.List;

import org.judang.engine.model.Box;
import org.judang.engine.model.ObjectType;

/**
 * One capture record before it has IDs: everything about it that follows from the model.
 *
 * @param label      its truth label
 * @param quality    0..1, written as {@code Quality}
 * @param feature    unit vector of the type's feature space
 * @param attributes type-specific fields in the order they are written (values are strings or integers)
 * @param png        the crop, null when images are off
 */
record Capture(ObjectType type, String label, Box box, double quality, float[] feature, List<Attribute> attributes,
               byte[] png) {

    /** A message-body field; {@code value} is a {@link String} or an {@link Integer}. */
    record Attribute(String name, Object value) {}
}
