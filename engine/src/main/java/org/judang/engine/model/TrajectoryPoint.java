package org.judang.engine.model;

/** One capture of an archive on its path: when, which camera, where (coordinates NaN when the camera has none). */
public record TrajectoryPoint(String recordId, ObjectType type, Long time, String deviceId, String cameraName, double longitude, double latitude) {}
