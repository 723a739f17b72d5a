package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code ArchiveSubjectQueryResultObject}: one page of archives' details (A.13, A.15), paged by archive.
 * {@link Body} is the whole message {@code {"ArchiveSubjectQueryResultObject":{…}}}.
 *
 * @param subjects {@code ArchiveSubjectInfoList} {@code {"ArchiveSubjectObject":[…]}}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"QueryID", "RecordStartNo", "PageRecordNum", "TotalNum", "ArchiveSubjectInfoList"})
public record ArchiveSubjectQueryResultObject(
        @JsonProperty("QueryID") String queryId,
        @JsonProperty("RecordStartNo") Integer recordStartNo,
        @JsonProperty("PageRecordNum") Integer pageRecordNum,
        @JsonProperty("TotalNum") Long totalNum,
        @JsonProperty("ArchiveSubjectInfoList") ArchiveSubjectListObject subjects) {

    public static final String KEY = "ArchiveSubjectQueryResultObject";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(@JsonProperty(KEY) ArchiveSubjectQueryResultObject result) {}
}
