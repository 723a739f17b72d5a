package org.judang.engine.synth;

import java.util.List;

/**
 * One frame of a pass: the objects found in one scene image. A person's face and body in the same frame are related
 * to each other ({@code RelatedList}).
 */
record CaptureFrame(long time, int camera, List<Capture> objects) {}
