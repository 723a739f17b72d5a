package org.judang.engine.model;

/**
 * Fields the workstation adds to an object's raw JSON when it stores it, and removes again on export.
 * <p>On import, each {@code SubImageInfoObject} whose image was stored in the case's image store loses its inline
 * {@code Data} (the bytes live in the store) and gains {@link #IMAGE_KEY} naming the stored image; its original
 * {@code StoragePath} is left as it came. Export puts the image back inline, as a file, or not at all.
 */
public final class StoredObjectFields {
    /** Key of the stored image inside a {@code SubImageInfoObject}. */
    public static final String IMAGE_KEY = "JudangImageKey";

    private StoredObjectFields() {}
}
