package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.judang.engine.vector.Vectors;

import java.util.Base64;

/**
 * B.15 {@code FeatureInfoObject}: one feature vector and the algorithm that made it.
 *
 * @param featureData base64 of little-endian IEEE-754 float32 values
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"Vendor", "AlgorithmVersion", "FeatureData"})
public record FeatureInfoObject(
        @JsonProperty("Vendor") String vendor,
        @JsonProperty("AlgorithmVersion") String algorithmVersion,
        @JsonProperty("FeatureData") String featureData) {

    /** A feature from little-endian float32 bytes, as the case database keeps centres. */
    public static FeatureInfoObject of(String vendor, String algorithmVersion, byte[] littleEndianFloat32) {
        return new FeatureInfoObject(vendor, algorithmVersion, Base64.getEncoder().encodeToString(littleEndianFloat32));
    }

    /** The decoded vector. */
    public float[] values() {
        return Vectors.fromBytes(Base64.getDecoder().decode(featureData));
    }
}
