package org.judang.engine.model;

/** A rectangle of longitude and latitude (GA/T 1400 {@code GeoRectangle}), corners in any order. */
public record GeoRect(double lon1, double lat1, double lon2, double lat2) {
    public double minLon() { return Math.min(lon1, lon2); }
    public double maxLon() { return Math.max(lon1, lon2); }
    public double minLat() { return Math.min(lat1, lat2); }
    public double maxLat() { return Math.max(lat1, lat2); }
}
