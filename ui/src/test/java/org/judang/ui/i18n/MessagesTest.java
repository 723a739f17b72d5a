package org.judang.ui.i18n;

import org.judang.engine.archive.ThresholdSource;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.ObjectType;
import org.judang.engine.task.TaskKind;
import org.judang.engine.task.TaskState;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both languages say everything: the same keys, every engine value named, numbers and times formatted. */
class MessagesTest {
    private final Messages en = new Messages(Language.ENGLISH);
    private final Messages zh = new Messages(Language.CHINESE);

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertEquals(en.keys(), zh.keys());
        assertTrue(en.keys().size() > 300);
    }

    @Test
    void everyEngineValueHasANameInBothLanguages() {
        for (Messages m : new Messages[]{en, zh}) {
            for (ObjectType t : ObjectType.values()) assertTrue(m.has("objectType." + t.name()));
            for (ArchiveKind k : ArchiveKind.values()) assertTrue(m.has("archiveKind." + k.name()));
            for (ArchiveStatus s : ArchiveStatus.values()) assertTrue(m.has("archiveStatus." + s.name()));
            for (TaskState s : TaskState.values()) assertTrue(m.has("taskState." + s.name()));
            for (TaskKind k : TaskKind.values()) assertTrue(m.has("taskKind." + k.name()));
            for (ThresholdSource s : ThresholdSource.values()) assertTrue(m.has("thresholdSource." + s.name()));
        }
        assertEquals("人脸", zh.name(ObjectType.FACE));
        assertEquals("Face", en.name(ObjectType.FACE));
    }

    @Test
    void formatsFillInAndGroupNumbers() {
        assertEquals("12,345 archives", en.format("grid.count", 12345L));
        assertEquals("共 12,345 个档案", zh.format("grid.count", 12345L));
        assertEquals("2025-11-03 13:19", en.time(1762175940L));
        assertEquals("2 min 5 s", en.duration(125));
        assertEquals("—", en.duration(-1));
        assertEquals("missing.key", en.get("missing.key"));
    }

    @Test
    void switchingChangesEveryString() {
        Messages m = new Messages(Language.ENGLISH);
        String before = m.get("nav.ARCHIVES");
        m.switchTo(Language.CHINESE);
        assertNotEquals(before, m.get("nav.ARCHIVES"));
        assertEquals(Language.CHINESE, Language.forLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Language.ENGLISH, Language.forLocale(Locale.GERMANY));
    }
}
