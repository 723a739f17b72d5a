package org.judang.engine.synth;

/** How a generated batch carries its feature vectors (both forms are in the batch format). */
public enum FeatureEncoding {
    /** Base64 {@code FeatureData} in a {@code FeatureInfoObject} inside each crop sub-image. */
    INLINE_BASE64,
    /** One {@code features/<type>.npy} + {@code .ids} pair per object type, named in the manifest. */
    NPY_SIDECAR
}
