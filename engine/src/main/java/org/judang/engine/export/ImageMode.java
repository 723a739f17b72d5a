package org.judang.engine.export;

/** How an export carries the images of its objects and archive covers. */
public enum ImageMode {
    /** Each image inline as base64 {@code Data}: one self-contained set of JSON files, about a third larger. */
    INLINE,
    /** Each image once as a file under {@code images/}, referred to by a relative {@code StoragePath}. */
    FILES,
    /** No images: the receiver already has them, or only the archives matter. */
    NONE
}
