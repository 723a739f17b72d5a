package org.judang.engine.ingest;

import org.judang.engine.model.ObjectType;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The GA/T 1400.4 lists a message body may hold: the five object types, and cameras ({@code APEListObject}). */
enum BodyList {
    FACE(ObjectType.FACE), PERSON(ObjectType.PERSON), MOTOR_VEHICLE(ObjectType.MOTOR_VEHICLE),
    NON_MOTOR_VEHICLE(ObjectType.NON_MOTOR_VEHICLE), THING(ObjectType.THING), CAMERA(null);

    private final ObjectType type;

    BodyList(ObjectType type) {
        this.type = type;
    }

    /** The object type, or null for the camera list. */
    ObjectType type() {
        return type;
    }

    String listKey() {
        return type == null ? "APEListObject" : type.listKey();
    }

    String elementKey() {
        return type == null ? "APEObject" : type.elementKey();
    }

    static Optional<BodyList> byListKey(String key) {
        return Arrays.stream(values()).filter(l -> l.listKey().equals(key)).findFirst();
    }

    static Optional<BodyList> byElementKey(String key) {
        return Arrays.stream(values()).filter(l -> l.elementKey().equals(key)).findFirst();
    }

    static String listKeys() {
        return Arrays.stream(values()).map(BodyList::listKey).collect(Collectors.joining(", "));
    }

    static String elementKeys() {
        return Arrays.stream(values()).map(BodyList::elementKey).collect(Collectors.joining(", "));
    }
}
