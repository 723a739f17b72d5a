package org.judang.app.http;

import org.judang.engine.CaseSession;
import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.message.ArchiveTaskListObject;
import org.judang.engine.message.ArchiveTaskObject;
import org.judang.engine.message.StatusCode;
import org.judang.engine.task.TaskInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A.6 {@code /VIAS/Tasks}: the case's clustering and archiving tasks (GA/T 2350.5 6.3).
 * <ul>
 *   <li>GET: the newest tasks first ({@code PageRecordNum}, default 100), or {@code ?TaskID=1,2} those tasks.</li>
 *   <li>POST an {@code ArchiveTaskListObject}: each {@code ArchiveTaskObject} of {@code EventType} 1 queues a
 *       clustering of the captures not yet archived, as the window's Cluster does with its defaults; the status
 *       carries the new {@code TaskID}. Imports and exports read and write files, so they are started in the
 *       application or on the command line, not here.</li>
 *   <li>DELETE {@code ?IDList=1,2}: cancels waiting or running tasks; the case is left as before each.</li>
 * </ul>
 */
final class TasksResource implements Resource {
    private final CaseSession session;

    TasksResource(CaseSession session) {
        this.session = session;
    }

    @Override
    public String path() { return "/VIAS/Tasks"; }

    @Override
    public Set<String> methods() { return Set.of("GET", "POST", "DELETE"); }

    @Override
    public Answer get(Request r) {
        List<String> ids = r.params().list("TaskID", "IDList");
        if (ids.isEmpty()) {
            int limit = r.params().integer("PageRecordNum", 100, 1, ArchiveQueries.MAX_PAGE);
            return Answer.ok(body(session.tasks().recent(limit)));
        }
        StatusList statuses = new StatusList(r.url());
        List<TaskInfo> found = new ArrayList<>();
        for (String id : ids) {
            Optional<TaskInfo> t = task(id);
            if (t.isPresent()) {
                found.add(t.get());
                statuses.ok(id, "Found.");
            } else {
                statuses.add(id, StatusCode.INVALID_OPERATION, "No task " + id + " in this library.");
            }
        }
        return found.size() == ids.size() ? Answer.ok(body(found)) : statuses.notFound();
    }

    @Override
    public Answer post(Request r) {
        List<ArchiveTaskObject> wanted = r.body(ArchiveTaskListObject.KEY, ArchiveTaskListObject.Body.class).list().tasks();
        if (wanted == null || wanted.isEmpty()) throw InterfaceException.badContent("The ArchiveTaskListObject holds no ArchiveTaskObject.");
        StatusList statuses = new StatusList(r.url());
        for (ArchiveTaskObject t : wanted) {
            if (t.archiveLibraryId() != null && !t.archiveLibraryId().isBlank() && !t.archiveLibraryId().trim().equals(session.libraryId())) {
                statuses.add(t.taskId(), StatusCode.INVALID_OPERATION, "No archive library " + t.archiveLibraryId() + " here; this one is " + session.libraryId() + ".");
            } else if (!TaskBodies.CLUSTERING.equals(t.eventType() == null ? null : t.eventType().trim())) {
                statuses.add(t.taskId(), StatusCode.INVALID_JSON_CONTENT, "Only clustering (EventType 1) is started over the interface; "
                        + "imports and exports are started in the application or on the command line.");
            } else {
                TaskInfo started = session.startCluster(ClusterOptions.defaults());
                statuses.ok(Long.toString(started.id()), "Clustering queued as task " + started.id() + ".");
            }
        }
        return statuses.answer();
    }

    @Override
    public Answer delete(Request r) {
        List<String> ids = r.params().list("IDList", "TaskID");
        if (ids.isEmpty()) throw InterfaceException.badContent("Name the tasks to cancel: " + path() + "?IDList=1,2");
        StatusList statuses = new StatusList(r.url());
        for (String id : ids) {
            Optional<TaskInfo> t = task(id);
            if (t.isEmpty()) {
                statuses.add(id, StatusCode.INVALID_OPERATION, "No task " + id + " in this library.");
            } else if (t.get().state().finished()) {
                statuses.add(id, StatusCode.INVALID_OPERATION, "Task " + id + " has already ended (" + t.get().state() + ").");
            } else {
                session.tasks().cancel(t.get().id());
                statuses.ok(id, "Cancelling; the case is left as it was before the task.");
            }
        }
        return statuses.answer();
    }

    private Optional<TaskInfo> task(String id) {
        try {
            return session.tasks().get(Long.parseLong(id.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private ArchiveTaskListObject.Body body(List<TaskInfo> tasks) {
        return ArchiveTaskListObject.body(tasks.stream().map(t -> TaskBodies.of(t, session.libraryId())).toList());
    }
}
