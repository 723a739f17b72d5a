package org.judang.ui.archivepage;

import org.judang.engine.model.Camera;

/** What a camera is called on screen: its name, or its APE ID when it has none. */
final class CameraNames {
    private CameraNames() {}

    static String of(Camera c) {
        return c.name() == null || c.name().isBlank() ? c.apeId() : c.name();
    }
}
