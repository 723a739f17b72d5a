package org.judang.engine.synth;

import java.util.SplittableRandom;

import org.judang.engine.model.ObjectType;
import org.judang.engine.vector.Vectors;

/**
 * The geometry of one feature space: how a capture's vector follows from its subject's centre.
 * <p>A pass (one subject walking or driving past one camera) gets {@code normalise(centre + σ·noise + cameraBias)};
 * each frame of the pass is that plus a little jitter, so frames seconds apart are near-duplicates. σ is derived
 * from the target cosine between two captures of the same subject. Captures of low quality are pulled towards one of
 * a few junk directions shared by all subjects, harder as quality falls: the hazard that chains unrelated subjects
 * together in a similarity graph.
 */
final class FeatureSpaceModel {
    /** Captures below this quality drift towards junk directions. */
    static final double LOW_QUALITY = 0.5;

    /**
     * @param sameSubjectCosine mean cosine between two captures of one subject taken at different passes
     * @param cameraBias        length of each camera's offset (before normalisation; centres have length 1)
     * @param frameJitter       length of the noise between frames of one pass
     * @param groupShare        squared cosine share of a centre given by its group (demographic group, clothing,
     *                          vehicle model and colour): centres of one group have cosine ≈ groupShare
     * @param junkDirections    number of shared junk directions low-quality captures drift to
     */
    record Parameters(String vendor, String algorithmVersion, double sameSubjectCosine, double cameraBias,
                      double frameJitter, double groupShare, int junkDirections) {

        double captureNoise() {
            double target = 1 / (sameSubjectCosine * (1 + frameJitter * frameJitter));
            return Math.sqrt(target - 1 - cameraBias * cameraBias);
        }
    }

    static Parameters parametersOf(ObjectType type) {
        return switch (type) {
            // ArcFace-like: same person ≈ 0.6, strangers ≈ 0 ± 1/√d, a demographic group ≈ 0.2 between centres.
            case FACE -> new Parameters("VendorA", "face-3.2", 0.60, 0.25, 0.15, 0.20, 3);
            // Re-identification features are weaker, and people dressed alike are closer.
            case PERSON -> new Parameters("VendorA", "body-1.0", 0.50, 0.30, 0.18, 0.35, 3);
            // A vehicle looks the same every time; vehicles of one model and colour are look-alikes (≈ 0.5).
            case MOTOR_VEHICLE -> new Parameters("VendorA", "vehicle-2.1", 0.80, 0.20, 0.10, 0.62, 2);
            case NON_MOTOR_VEHICLE -> new Parameters("VendorA", "nmv-1.0", 0.62, 0.25, 0.12, 0.40, 2);
            case THING -> new Parameters("VendorA", "thing-1.0", 0.62, 0.25, 0.12, 0.40, 2);
        };
    }

    private final ObjectType type;
    private final Parameters parameters;
    private final int dimension;
    private final RandomStreams streams;
    private final float[][] cameraOffsets;
    private final float[][] junk;
    private final float noise;

    FeatureSpaceModel(ObjectType type, int dimension, int cameras, RandomStreams streams) {
        this.type = type;
        this.parameters = parametersOf(type);
        this.dimension = dimension;
        this.streams = streams;
        this.noise = (float) parameters.captureNoise();
        cameraOffsets = new float[cameras][];
        for (int c = 0; c < cameras; c++) {
            cameraOffsets[c] = GaussianNoise.unitVector(streams.stream("camera-bias-" + type, c), dimension);
            scale(cameraOffsets[c], (float) parameters.cameraBias());
        }
        junk = new float[parameters.junkDirections()][];
        for (int j = 0; j < junk.length; j++) junk[j] = GaussianNoise.unitVector(streams.stream("junk-" + type, j), dimension);
    }

    Parameters parameters() { return parameters; }

    /** The shared direction of group {@code key}; the same key always gives the same direction. */
    float[] groupDirection(long key) {
        return GaussianNoise.unitVector(streams.stream("group-" + type, key), dimension);
    }

    /** A subject's centre: its group's direction plus a direction of its own. */
    float[] centre(float[] groupDirection, SplittableRandom rng) {
        float[] own = GaussianNoise.unitVector(rng, dimension);
        return blend(groupDirection, Math.sqrt(parameters.groupShare()), own);
    }

    /** A centre at exactly {@code cosine} from {@code original}: a look-alike. */
    float[] lookAlike(float[] original, double cosine, SplittableRandom rng) {
        float[] own = GaussianNoise.unitVector(rng, dimension);
        // Remove the component along the original so that the cosine is exact, not merely close.
        float along = Vectors.dot(own, original);
        for (int i = 0; i < dimension; i++) own[i] -= along * original[i];
        Vectors.normalize(own);
        return blend(original, cosine, own);
    }

    /** The unit vector of one pass at one camera; {@code noiseScale} lets some subjects vary more than others. */
    float[] pass(float[] centre, double noiseScale, int camera, SplittableRandom rng) {
        float[] v = centre.clone();
        GaussianNoise.add(rng, v, (float) (noise * noiseScale / Math.sqrt(dimension)));
        float[] offset = cameraOffsets[camera];
        for (int i = 0; i < dimension; i++) v[i] += offset[i];
        Vectors.normalize(v);
        return v;
    }

    /**
     * An enrolment photo's vector (a gallery entry): frontal, even light, no camera of the case, so less noise than
     * a capture and no camera bias.
     */
    float[] enrolment(float[] centre, SplittableRandom rng) {
        float[] v = centre.clone();
        GaussianNoise.add(rng, v, (float) (0.8 * noise / Math.sqrt(dimension)));
        Vectors.normalize(v);
        return v;
    }

    /** One frame of a pass: a near-duplicate of the pass vector, pulled to a junk direction when quality is low. */
    float[] frame(float[] pass, double quality, SplittableRandom rng) {
        float[] v = pass.clone();
        GaussianNoise.add(rng, v, (float) (parameters.frameJitter() / Math.sqrt(dimension)));
        Vectors.normalize(v);
        if (quality < LOW_QUALITY) {
            float[] direction = junk[rng.nextInt(junk.length)];
            double w = junkWeight(quality);
            float keep = (float) Math.sqrt(1 - w * w), pull = (float) w;
            for (int i = 0; i < dimension; i++) v[i] = keep * v[i] + pull * direction[i];
            Vectors.normalize(v);
        }
        return v;
    }

    /** 0.35 just below {@link #LOW_QUALITY}, rising to 0.85 at quality 0. */
    static double junkWeight(double quality) {
        double q = Math.max(0, Math.min(LOW_QUALITY, quality));
        return 0.35 + 0.5 * (LOW_QUALITY - q) / LOW_QUALITY;
    }

    /** {@code normalise(a·w + b·√(1−w²))} for unit a, b nearly orthogonal. */
    private float[] blend(float[] a, double weight, float[] b) {
        float wa = (float) weight, wb = (float) Math.sqrt(1 - weight * weight);
        float[] v = new float[dimension];
        for (int i = 0; i < dimension; i++) v[i] = wa * a[i] + wb * b[i];
        Vectors.normalize(v);
        return v;
    }

    private static void scale(float[] v, float s) {
        for (int i = 0; i < v.length; i++) v[i] *= s;
    }
}
