package org.judang.engine.export;

import org.judang.engine.model.Archive;
import org.judang.engine.store.Archives;
import org.judang.engine.store.CaseDatabase;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The archives an export holds — every archive but the hidden ones — in ID order, read a page at a time (keyset
 * paging on the ID), so that a case of any size is walked in constant memory.
 */
final class ArchivePages implements Iterable<Archive> {
    static final int PAGE_SIZE = 256;
    /**
     * Which archives are exported, as a condition on the {@code archives} table: a hidden archive is one nobody wants
     * to see, so it is not sent upstream either; hiding one is a deletion in the next delta, showing it again an addition.
     */
    static final String EXPORTED = "status <> 'HIDDEN'";

    private final CaseDatabase db;
    private final int pageSize;

    ArchivePages(CaseDatabase db, int pageSize) {
        this.db = db;
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
        return db.read(c -> Archives.list(c, "WHERE " + EXPORTED + " AND id > ? ORDER BY id LIMIT ?", List.of(lastId, pageSize)));
    }
}
