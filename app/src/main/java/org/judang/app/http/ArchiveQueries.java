package org.judang.app.http;

import org.judang.engine.ArchiveFilter;
import org.judang.engine.ArchiveOrder;
import org.judang.engine.CaseSession;
import org.judang.engine.message.ArchiveQueryFields;
import org.judang.engine.message.ArchiveQueryObject;
import org.judang.engine.message.DeviceSelected;
import org.judang.engine.message.GeoRectangle;
import org.judang.engine.model.GeoRect;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs an {@code ArchiveQueryObject} on the case: its conditions become an {@link ArchiveFilter}, its
 * {@code PictureQueryCondition}s a search by image whose matches restrict the filter, and its paging fields a page.
 * Every field is checked; a value out of range is StatusCode 8, an unknown library 4.
 */
final class ArchiveQueries {
    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 1000;
    /** At most this many archives per search-by-image condition. */
    static final int MAX_PICTURE_MATCHES = 1000;

    private final CaseSession session;

    ArchiveQueries(CaseSession session) {
        this.session = session;
    }

    /**
     * One page of the archives of {@code family} matching the query and, when {@code alsoIds} is not null, among
     * those archives.
     */
    ArchivePage run(ArchiveQueryObject q, ArchiveFamily family, Collection<String> alsoIds) {
        int start = range(q.recordStartNo(), 0, 0, Integer.MAX_VALUE, "RecordStartNo");
        int size = range(q.pageRecordNum(), DEFAULT_PAGE, 1, MAX_PAGE, "PageRecordNum");
        long max = range(q.maxNumRecordReturn(), Integer.MAX_VALUE, 1, Integer.MAX_VALUE, "MaxNumRecordReturn");
        ArchiveFilter filter = filter(q, family);
        Set<String> ids = null;
        if (alsoIds != null && !alsoIds.isEmpty()) ids = new LinkedHashSet<>(alsoIds);
        if (q.fields() != null && q.fields().archiveIds() != null && !q.fields().archiveIds().isEmpty()) ids = restrict(ids, q.fields().archiveIds());
        Map<String, Double> similar = null;
        if (q.pictureQueryCondition() != null && q.pictureQueryCondition().conditions() != null && !q.pictureQueryCondition().conditions().isEmpty()) {
            similar = new PictureSearch(session).matches(q.pictureQueryCondition().conditions(), (int) Math.min(max, MAX_PICTURE_MATCHES));
            ids = restrict(ids, similar.keySet());
        }
        if (ids != null) filter = filter.withIds(ids);

        long total = Math.min(session.countArchives(filter), max);
        int count = (int) Math.max(0, Math.min(size, total - start));
        if (count == 0) return new ArchivePage(List.of(), start, total);
        if (similar != null && q.sort() == null) {
            // ranked by similarity: at most MAX_PICTURE_MATCHES per condition, so they are ranked in memory
            Map<String, Double> rank = similar;
            Set<String> among = ids;
            List<String> ranked = among.stream().sorted(Comparator.comparingDouble((String id) -> -rank.get(id)).thenComparing(id -> id)).toList();
            return new ArchivePage(session.archivesRanked(filter, ranked, start, count), start, total);
        }
        return new ArchivePage(session.archives(filter, order(q.sort()), start, count), start, total);
    }

    private ArchiveFilter filter(ArchiveQueryObject q, ArchiveFamily family) {
        ArchiveFilter f = ArchiveFilter.all().withKinds(family.kinds());
        Long from = time(q.beginTime()), to = time(q.endTime());
        if (from != null && to != null && from > to) throw InterfaceException.badContent("BeginTime is after EndTime.");
        f = f.withTimeRange(from, to);
        if (q.geoRectangle() != null) f = f.withArea(area(q.geoRectangle()));
        DeviceSelected d = q.deviceSelected();
        if (d != null && d.deviceIds() != null && !d.deviceIds().isEmpty()) f = f.withDevices(new LinkedHashSet<>(d.deviceIds()));
        String place = d == null ? null : blankToNull(d.devicePlaceCode());
        ArchiveQueryFields fields = q.fields();
        if (fields == null) return f.withPlaceCode(place);
        String fieldPlace = blankToNull(fields.placeCode());
        if (place != null && fieldPlace != null && !place.equals(fieldPlace)) {
            throw InterfaceException.badContent("DeviceSelected.DevicePlaceCode " + place + " and Fields.PlaceCode " + fieldPlace + " disagree; give one.");
        }
        f = f.withPlaceCode(place != null ? place : fieldPlace);
        String library = blankToNull(fields.archiveLibraryId());
        if (library != null && !library.equals(session.libraryId())) {
            throw InterfaceException.notFound("No archive library " + library + " here; this one is " + session.libraryId() + ".");
        }
        if (fields.plateNos() != null && !fields.plateNos().isEmpty()) f = f.withPlates(fields.plateNos());
        Map<String, String> attributes = fields.vehicleAttributes();
        if (!attributes.isEmpty()) f = f.withAttributes(attributes);
        Integer realName = fields.onlyRealNameArchive();
        if (realName != null) {
            if (realName < 0 || realName > 2) throw InterfaceException.badContent("Fields.OnlyRealNameArchive must be 0 (all), 1 (real-name only) or 2 (unnamed only).");
            f = f.withRealName(realName == 0 ? null : realName == 1);
        }
        if (fields.names() != null && !fields.names().isEmpty()) f = f.withNames(new LinkedHashSet<>(fields.names()));
        if (fields.idNumbers() != null && !fields.idNumbers().isEmpty()) f = f.withIdNumbers(new LinkedHashSet<>(fields.idNumbers()));
        return f;
    }

    private static GeoRect area(GeoRectangle g) {
        Double[] corners = {g.leftTopLongitude(), g.leftTopLatitude(), g.rightBtmLongitude(), g.rightBtmLatitude()};
        if (java.util.Arrays.stream(corners).anyMatch(Objects::isNull)) {
            throw InterfaceException.badContent("GeoRectangle needs all of LeftTopLongitude, LeftTopLatitude, RightBtmLongitude, RightBtmLatitude.");
        }
        for (int i = 0; i < 4; i++) {
            double limit = i % 2 == 0 ? 180 : 90;
            if (!(Math.abs(corners[i]) <= limit)) throw InterfaceException.badContent("GeoRectangle: " + corners[i] + " is not a "
                    + (i % 2 == 0 ? "longitude (-180..180)" : "latitude (-90..90)") + ".");
        }
        return new GeoRect(corners[0], corners[1], corners[2], corners[3]);
    }

    /** {@code Sort}: a field of the answer to order by. */
    static ArchiveOrder order(String sort) {
        if (sort == null || sort.isBlank()) return ArchiveOrder.LARGEST_FIRST;
        return switch (sort.trim().toLowerCase(Locale.ROOT)) {
            case "recordcount" -> ArchiveOrder.LARGEST_FIRST;
            case "updatetime" -> ArchiveOrder.UPDATED_FIRST;
            case "createtime" -> ArchiveOrder.CREATED_FIRST;
            case "lasttime" -> ArchiveOrder.LAST_SEEN_FIRST;
            case "archiveid" -> ArchiveOrder.BY_ID;
            default -> throw InterfaceException.badContent("Sort must be RecordCount, UpdateTime, CreateTime, LastTime or ArchiveID, not '" + sort + "'.");
        };
    }

    static int range(Integer value, int fallback, int min, int max, String field) {
        if (value == null) return fallback;
        if (value < min || value > max) throw InterfaceException.badContent(field + " must be from " + min + " to " + max + ", not " + value + ".");
        return value;
    }

    private static Set<String> restrict(Set<String> ids, Collection<String> more) {
        Set<String> out = new LinkedHashSet<>(more);
        if (ids != null) out.retainAll(ids);
        return out;
    }

    /** Case times are wall-clock times stored as if UTC (see the engine's {@code CaseTime}). */
    private static Long time(LocalDateTime t) {
        return t == null ? null : t.toEpochSecond(ZoneOffset.UTC);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
