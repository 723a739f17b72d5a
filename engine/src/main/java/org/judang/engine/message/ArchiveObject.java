package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.LocalDateTime;
import java.util.List;

/**
 * B.3 {@code ArchiveObject}: a person archive's basic information (基础信息).
 * <p>The standard has no archive body for things, nor for non-motor vehicles not linked to a person; we send those as
 * {@code ArchiveObject}s too, with the one extra field {@code ObjectType} naming the type ({@code THING},
 * {@code NON_MOTOR_VEHICLE}). Person archives leave it absent.
 *
 * @param archiveId        at most 48 characters, stable for the archive's life
 * @param sourceIds        the {@code SourceID}s of the archive's records
 * @param centerFeatures   the archive's centre, one feature per feature space
 * @param similarityDegree mean member-to-centre similarity, 0..1 (the standard spells it {@code Similaritydegree})
 * @param confidence       how sure the archive is one identity, 0..1
 * @param subImages        cover images
 * @param objectType       {@code THING} or {@code NON_MOTOR_VEHICLE} for archives of those types; absent for persons
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"ArchiveID", "ArchiveLibraryID", "CreateTime", "UpdateTime", "SourceIDList", "CenterFeatureList",
        "Similaritydegree", "Confidence", "SubImageList", "ObjectType"})
public record ArchiveObject(
        @JsonProperty("ArchiveID") String archiveId,
        @JsonProperty("ArchiveLibraryID") String archiveLibraryId,
        @JsonProperty("CreateTime") LocalDateTime createTime,
        @JsonProperty("UpdateTime") LocalDateTime updateTime,
        @JsonProperty("SourceIDList") List<String> sourceIds,
        @JsonProperty("CenterFeatureList") FeatureInfoList centerFeatures,
        @JsonProperty("Similaritydegree") Double similarityDegree,
        @JsonProperty("Confidence") Double confidence,
        @JsonProperty("SubImageList") SubImageList subImages,
        @JsonProperty("ObjectType") String objectType) {
}
