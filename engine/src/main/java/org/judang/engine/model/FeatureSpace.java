package org.judang.engine.model;

/**
 * A feature space: vectors are comparable only within one (object type, vendor, algorithm version, dimension).
 *
 * @param id       the case-local numeric id (0 for a space not yet stored)
 * @param vectorCount committed vectors in the space's vector file
 */
public record FeatureSpace(int id, ObjectType type, String vendor, String algorithmVersion, int dimension, long vectorCount) {

    /** Human-readable name, e.g. {@code FACE/VendorA/face-3.2/512}. */
    public String label() {
        return type.name() + "/" + vendor + "/" + algorithmVersion + "/" + dimension;
    }

    public boolean sameSpace(ObjectType t, String v, String a, int d) {
        return type == t && vendor.equals(v) && algorithmVersion.equals(a) && dimension == d;
    }
}
