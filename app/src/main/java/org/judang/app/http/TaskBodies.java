package org.judang.app.http;

import org.judang.engine.message.ArchiveTaskObject;
import org.judang.engine.task.TaskInfo;
import org.judang.engine.task.TaskKind;
import org.judang.engine.task.TaskState;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A.6 {@code ArchiveTaskObject}s of the case's tasks. The codes are this project's, as the standard's tables are not
 * in our hands: {@code EventType} 1 clustering, 2 import, 3 export, 4 evaluation, 5 re-indexing; {@code Status} 0
 * waiting, 1 running, 2 succeeded, 3 failed, 4 cancelled, 5 interrupted (the program stopped while it ran).
 */
final class TaskBodies {
    static final String CLUSTERING = "1";

    private TaskBodies() {}

    static ArchiveTaskObject of(TaskInfo t, String libraryId) {
        String message = t.message() != null ? t.message() : t.stage();
        return new ArchiveTaskObject(Long.toString(t.id()), t.name(), libraryId, eventType(t.kind()), status(t.state()), time(t.created()),
                time(t.updated()), (int) Math.round(Math.max(0, Math.min(1, t.progress())) * 100), message);
    }

    static String eventType(TaskKind kind) {
        return switch (kind) {
            case CLUSTER -> CLUSTERING;
            case IMPORT -> "2";
            case EXPORT -> "3";
            case EVALUATE -> "4";
            case REINDEX -> "5";
        };
    }

    static String status(TaskState state) {
        return switch (state) {
            case WAITING -> "0";
            case RUNNING -> "1";
            case SUCCEEDED -> "2";
            case FAILED -> "3";
            case CANCELLED -> "4";
            case INTERRUPTED -> "5";
        };
    }

    private static LocalDateTime time(long caseTime) {
        return LocalDateTime.ofEpochSecond(caseTime, 0, ZoneOffset.UTC);
    }
}
