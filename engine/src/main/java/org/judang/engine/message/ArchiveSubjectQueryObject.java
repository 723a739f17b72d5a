package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ArchiveSubjectQueryObject}: a query for archives' details (A.13, A.15): the fields of
 * {@link ArchiveQueryObject}, plus the archives wanted by ID and how much of each member to return.
 * {@link Body} is the whole message {@code {"ArchiveSubjectQueryObject":{…}}}.
 *
 * @param archiveIds                 only these archives; an array or one comma-separated string
 * @param resultSubjectDetailDeclare -1 (or absent) member IDs only, 1 the members' GA/T 1400 objects too
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"QueryID", "MaxNumRecordReturn", "PageRecordNum", "RecordStartNo", "PictureQueryCondition", "BeginTime", "EndTime",
        "GeoRectangle", "DeviceSelected", "Sort", "Fields", "ArchiveIDList", "ResultSubjectDetailDeclare"})
public record ArchiveSubjectQueryObject(
        @JsonProperty("QueryID") String queryId,
        @JsonProperty("MaxNumRecordReturn") Integer maxNumRecordReturn,
        @JsonProperty("PageRecordNum") Integer pageRecordNum,
        @JsonProperty("RecordStartNo") Integer recordStartNo,
        @JsonProperty("PictureQueryCondition") PictureQueryCondition pictureQueryCondition,
        @JsonProperty("BeginTime") LocalDateTime beginTime,
        @JsonProperty("EndTime") LocalDateTime endTime,
        @JsonProperty("GeoRectangle") GeoRectangle geoRectangle,
        @JsonProperty("DeviceSelected") DeviceSelected deviceSelected,
        @JsonProperty("Sort") String sort,
        @JsonProperty("Fields") ArchiveQueryFields fields,
        @JsonProperty("ArchiveIDList") @JsonDeserialize(using = TextList.class) List<String> archiveIds,
        @JsonProperty("ResultSubjectDetailDeclare") Integer resultSubjectDetailDeclare,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    public static final String KEY = "ArchiveSubjectQueryObject";

    public ArchiveSubjectQueryObject {
        other = other == null ? new LinkedHashMap<>() : new LinkedHashMap<>(other);
    }

    /** The archive conditions alone, as an archive query (its unknown fields kept). */
    public ArchiveQueryObject archiveQuery() {
        return new ArchiveQueryObject(queryId, maxNumRecordReturn, pageRecordNum, recordStartNo, pictureQueryCondition, beginTime, endTime,
                geoRectangle, deviceSelected, sort, fields, other);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(@JsonProperty(KEY) ArchiveSubjectQueryObject query) {}
}
