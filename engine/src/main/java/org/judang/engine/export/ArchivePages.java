package org.judang.engine.export;

import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.store.Archives;
import org.judang.engine.store.CaseDatabase;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The archives of some kinds in ID order, read a page at a time (keyset paging on the ID), so that a case of any
 * size is walked in constant memory.
 */
final class ArchivePages implements Iterable<Archive> {
    static final int PAGE_SIZE = 256;

    private final CaseDatabase db;
    private final List<ArchiveKind> kinds;
    private final int pageSize;

    ArchivePages(CaseDatabase db, Set<ArchiveKind> kinds, int pageSize) {
        this.db = db;
        this.kinds = List.copyOf(kinds);
        this.pageSize = pageSize;
    }

    @Override
    public Iterator<Archive> iterator() {
        return new Iterator<>() {
            private List<Archive> page = List.of();
            private int next;
            private String lastId = "";
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (next < page.size()) return true;
                if (exhausted) return false;
                page = readPageAfter(lastId);
                next = 0;
                exhausted = page.size() < pageSize;
                if (!page.isEmpty()) lastId = page.get(page.size() - 1).id();
                return !page.isEmpty();
            }

            @Override
            public Archive next() {
                if (!hasNext()) throw new NoSuchElementException();
                return page.get(next++);
            }
        };
    }

    private List<Archive> readPageAfter(String lastId) {
        List<Object> params = new ArrayList<>(kinds.stream().map(k -> (Object) k.name()).toList());
        params.add(lastId);
        params.add(pageSize);
        String placeholders = String.join(",", Collections.nCopies(kinds.size(), "?"));
        return db.read(c -> Archives.list(c, "WHERE kind IN (" + placeholders + ") AND id > ? ORDER BY id LIMIT ?", params));
    }
}
