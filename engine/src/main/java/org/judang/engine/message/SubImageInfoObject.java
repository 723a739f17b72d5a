package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GA/T 1400 {@code SubImageInfoObject}: one image of an object (its crop, its scene…). The common fields are typed;
 * every other field (e.g. {@code DeviceID}, {@code EventSort}, a {@code FeatureInfoObject}) is kept in {@link #other()}
 * and written back after them, so an image passes through with nothing lost (the order of those other fields among
 * themselves is not kept; JSON gives it no meaning).
 *
 * @param type        image type code: 11 face, 10 person, 09/01 motor vehicle, 12 non-motor vehicle, 13 thing, 14 scene
 * @param fileFormat  e.g. {@code Jpeg}
 * @param storagePath where the image file is, relative to the message's folder; absent when {@code data} is given
 * @param data        the image bytes in base64
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"ImageID", "Type", "FileFormat", "ShotTime", "Width", "Height", "StoragePath", "Data"})
public record SubImageInfoObject(
        @JsonProperty("ImageID") String imageId,
        @JsonProperty("Type") String type,
        @JsonProperty("FileFormat") String fileFormat,
        @JsonProperty("ShotTime") String shotTime,
        @JsonProperty("Width") Integer width,
        @JsonProperty("Height") Integer height,
        @JsonProperty("StoragePath") String storagePath,
        @JsonProperty("Data") String data,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    public SubImageInfoObject {
        // Jackson fills the any-setter map after construction, so it must be a mutable map of our own.
        other = other == null ? new LinkedHashMap<>() : new LinkedHashMap<>(other);
    }
}
