package org.judang.engine.synth;

import org.judang.engine.model.ObjectType;

/**
 * GA/T 1400 identifiers. An image ID (41) is the device ID (20), source type {@code 02} (video), the shot time (14)
 * and a sequence number (5); an object ID (48) is the ID of its scene image, the object type code (2) and the
 * object's number within the scene (5). Sequence numbers count per camera, so IDs are unique as long as a camera
 * produces fewer than 99,999 images in one second.
 */
final class ObjectIds {
    private final int[] nextSequence;

    ObjectIds(int cameras) {
        nextSequence = new int[cameras];
    }

    /** The next image sequence number of a camera, 1 to 99,999 and round again. */
    int next(int camera) {
        int seq = nextSequence[camera] % 99_999 + 1;
        nextSequence[camera] = seq;
        return seq;
    }

    /** @param time the shot time as {@code CaseTime.format} writes it (formatted once per frame: it is not cheap) */
    static String imageId(String deviceId, String time, int sequence) {
        return padded(new StringBuilder(41).append(deviceId).append("02").append(time), sequence).toString();
    }

    static String objectId(String sceneImageId, ObjectType type, int numberInScene) {
        return padded(new StringBuilder(48).append(sceneImageId).append(typeCode(type)), numberInScene).toString();
    }

    /**
     * The GA/T 1400.1 object type code used in object IDs, and, by this generator, as the {@code RelatedType} of a
     * relation: the type of the object related to ({@code 01} a body, {@code 06} a face).
     */
    static String typeCode(ObjectType type) {
        return switch (type) {
            case PERSON -> "01";
            case MOTOR_VEHICLE -> "02";
            case NON_MOTOR_VEHICLE -> "03";
            case THING -> "04";
            case FACE -> "06";
        };
    }

    /** Appends a number of up to five digits with leading zeros (String.format is too slow for a million IDs). */
    private static StringBuilder padded(StringBuilder b, int number) {
        if (number < 0 || number > 99_999) throw new IllegalArgumentException(number + " does not fit in five digits");
        for (int div = 10_000; div > 0; div /= 10) b.append((char) ('0' + number / div % 10));
        return b;
    }
}
