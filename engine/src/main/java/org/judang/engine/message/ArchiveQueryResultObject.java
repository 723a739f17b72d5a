package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code ArchiveQueryResultObject}: one page of the answer to an archive query, with person archives
 * ({@code ArchiveListObject}, A.9) or vehicle archives ({@code VehicleArchiveListObject}, A.11).
 * {@link Body} is the whole message {@code {"ArchiveQueryResultObject":{…}}}.
 *
 * @param queryId       the query's {@code QueryID}, echoed
 * @param recordStartNo the first archive of this page, 0-based
 * @param pageRecordNum how many archives this page holds
 * @param totalNum      how many archives match in all (at most the query's {@code MaxNumRecordReturn})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"QueryID", "RecordStartNo", "PageRecordNum", "TotalNum", "ArchiveListObject", "VehicleArchiveListObject"})
public record ArchiveQueryResultObject(
        @JsonProperty("QueryID") String queryId,
        @JsonProperty("RecordStartNo") Integer recordStartNo,
        @JsonProperty("PageRecordNum") Integer pageRecordNum,
        @JsonProperty("TotalNum") Long totalNum,
        @JsonProperty(ArchiveListObject.KEY) ArchiveListObject archives,
        @JsonProperty(VehicleArchiveListObject.KEY) VehicleArchiveListObject vehicleArchives) {

    public static final String KEY = "ArchiveQueryResultObject";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(@JsonProperty(KEY) ArchiveQueryResultObject result) {}
}
