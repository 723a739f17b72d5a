package org.judang.engine.ingest;

import org.judang.engine.model.ObjectType;

/** A feature space as a record names it, before it has an id in the case. */
record SpaceKey(ObjectType type, String vendor, String algorithm, int dimension) {

    /** The space's name for messages, e.g. {@code FACE/VendorA/face-3.2}. */
    String algorithmLabel() {
        return type.name() + "/" + vendor + "/" + algorithm;
    }
}
