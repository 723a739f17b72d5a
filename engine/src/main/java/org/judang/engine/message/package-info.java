/**
 * The message bodies of GA/T 2350.5 Appendix B (and the GA/T 1400.4 status and list conventions) as Jackson
 * records, with field names exactly as {@code shared/spec/message-bodies.md} lists them, and {@link
 * org.judang.engine.message.MessageMapper}, the one configured {@code ObjectMapper} that reads and writes them. The
 * query bodies of the local interface ({@code ArchiveQueryObject}, {@code ArchiveSubjectQueryObject} and their results)
 * keep the fields they do not know and write them back.
 * <p>A delta export is a GA/T 1400 {@link org.judang.engine.message.SubscribeNotificationListObject}: each
 * {@link org.judang.engine.message.SubscribeNotificationObject} carries archives, vehicle archives and archives' details
 * wrapped with their {@link org.judang.engine.message.ExecuteOperation} ({@code ArchiveChange},
 * {@code VehicleArchiveChange}, {@code ArchiveSubjectChange}); the notification and its lists keep fields they do not
 * know.
 * <p>Reading is tolerant (unknown fields ignored, or kept where the object is a GA/T 1400 object we pass on; a single
 * object accepted where a list is due; numbers accepted for codes), writing is exact (no nulls, times as
 * {@code yyyyMMddHHmmss}). Depends on Jackson, {@code model} (object types, case time) and {@code vector} (feature
 * encoding).
 */
package org.judang.engine.message;
