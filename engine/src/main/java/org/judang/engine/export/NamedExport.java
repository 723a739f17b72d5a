package org.judang.engine.export;

import java.nio.file.Path;

/**
 * A finished export the case remembers, which a delta export can be made relative to.
 *
 * @param since    for a delta export, the export it is relative to; null for a full export
 * @param created  when it was made, case time (see {@link org.judang.engine.model.CaseTime})
 * @param output   where it was written (it may since have been moved)
 * @param archives how many archives the case exported at that time
 */
public record NamedExport(String name, String since, long created, Path output, long archives) {
    public boolean delta() {
        return since != null;
    }
}
