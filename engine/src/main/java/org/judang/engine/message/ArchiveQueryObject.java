package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * B.6–B.14 {@code ArchiveQueryObject}: a query for archives (A.9, A.11). Every condition is optional; numbers may be
 * sent as numbers or as strings; fields this version does not know are kept in {@link #other()} and written back.
 * {@link Body} is the whole message {@code {"ArchiveQueryObject":{…}}}.
 *
 * @param maxNumRecordReturn at most this many archives match in all ({@code TotalNum} is capped by it)
 * @param pageRecordNum      archives per page
 * @param recordStartNo      the first archive of the page, 0-based
 * @param beginTime          archives seen at or after this time
 * @param endTime            archives seen at or before this time
 * @param sort               the order of the answer: {@code RecordCount} (default, most records first), {@code UpdateTime},
 *                           {@code CreateTime}, {@code LastTime} (most recent first) or {@code ArchiveID}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"QueryID", "MaxNumRecordReturn", "PageRecordNum", "RecordStartNo", "PictureQueryCondition", "BeginTime", "EndTime",
        "GeoRectangle", "DeviceSelected", "Sort", "Fields"})
public record ArchiveQueryObject(
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
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    public static final String KEY = "ArchiveQueryObject";

    public ArchiveQueryObject {
        other = other == null ? new LinkedHashMap<>() : new LinkedHashMap<>(other);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(@JsonProperty(KEY) ArchiveQueryObject query) {}
}
