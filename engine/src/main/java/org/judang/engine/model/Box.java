package org.judang.engine.model;

/** Bounding box of an object in its scene image, in pixels ({@code LeftTopX ... RightBtmY}). */
public record Box(int leftTopX, int leftTopY, int rightBtmX, int rightBtmY) {
    public int width() { return Math.max(0, rightBtmX - leftTopX); }
    public int height() { return Math.max(0, rightBtmY - leftTopY); }
    public long area() { return (long) width() * height(); }
}
