package org.judang.engine.model;

/** A camera ({@code APEObject}): where captures were taken. Coordinates may be absent (NaN). */
public record Camera(String apeId, String name, double longitude, double latitude, String placeCode) {
    public boolean hasCoordinates() {
        return !Double.isNaN(longitude) && !Double.isNaN(latitude);
    }
}
