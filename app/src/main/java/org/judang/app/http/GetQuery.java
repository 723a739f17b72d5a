package org.judang.app.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.message.ArchiveQueryObject;

import java.util.List;

/**
 * The query conditions a GET may carry as parameters ({@code ?PlateNos=浙B12345&RecordStartNo=20}), turned into an
 * {@code ArchiveQueryObject} so that they are checked and run exactly as a POSTed query's. Parameters are named like
 * the query's fields; {@code DeviceIDs} and {@code DevicePlaceCode} stand for {@code DeviceSelected}'s. Others are
 * ignored.
 */
final class GetQuery {
    private static final List<String> TOP = List.of("QueryID", "MaxNumRecordReturn", "PageRecordNum", "RecordStartNo", "BeginTime", "EndTime", "Sort");
    private static final List<String> DEVICE = List.of("DeviceIDs", "DevicePlaceCode");
    private static final List<String> FIELDS = List.of("ArchiveLibraryID", "PlaceCode", "PlateNos", "PlateColor", "VehicleClass", "VehicleBrand",
            "VehicleModel", "VehicleColor", "VehicleStyles", "OnlyRealNameArchive", "Names", "IDNumbers");

    private GetQuery() {}

    static ArchiveQueryObject of(QueryParams params, BodyReader reader) {
        ObjectNode query = JsonNodeFactory.instance.objectNode();
        copy(params, TOP, query);
        copy(params, DEVICE, query.putObject("DeviceSelected"));
        copy(params, FIELDS, query.putObject("Fields"));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set(ArchiveQueryObject.KEY, query);
        return reader.convert(body, ArchiveQueryObject.KEY, ArchiveQueryObject.Body.class).query();
    }

    private static void copy(QueryParams params, List<String> names, ObjectNode into) {
        for (String n : names) params.one(n).ifPresent(v -> into.put(n, v));
    }
}
