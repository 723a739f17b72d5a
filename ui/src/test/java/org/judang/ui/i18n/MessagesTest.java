package org.judang.ui.i18n;

import org.judang.engine.archive.ThresholdSource;
import org.judang.engine.export.ExportException;
import org.judang.engine.model.FailurePhrase;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.ObjectType;
import org.judang.engine.task.TaskKind;
import org.judang.engine.task.TaskPhrase;
import org.judang.engine.task.TaskState;
import org.judang.engine.task.TaskText;
import org.judang.ui.concurrent.ProblemText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void everyTaskPhraseIsWordedInBothLanguages() {
        for (TaskPhrase p : TaskPhrase.values()) {
            long args = p.english().chars().filter(c -> c == '{').count();
            TaskText t = p.with(java.util.stream.LongStream.range(0, args).mapToObj(i -> (Object) (i + 2)).toArray());
            for (Messages m : new Messages[]{en, zh}) {
                assertTrue(m.has("taskPhrase." + p.name()), p.name());
                String words = m.text(t);
                assertFalse(words.contains("{"), words);
            }
            assertNotEquals(t.text(), zh.text(t), "Chinese for " + p);
        }
    }

    @Test
    void everyCommonFailureIsWordedInBothLanguages() {
        for (FailurePhrase p : FailurePhrase.values()) {
            List<String> args = java.util.stream.IntStream.range(0, 6).mapToObj(i -> "/cases/arg" + i).toList();
            for (Messages m : new Messages[]{en, zh}) {
                assertTrue(m.has("failure." + p.name()), p.name());
                String words = m.phrase(p, args, p.english(args));
                assertFalse(words.contains("{"), words);
                int used = (int) java.util.stream.IntStream.range(0, 6).filter(i -> p.english().contains("{" + i + "}")).count();
                for (int i = 0; i < used; i++) assertTrue(words.contains("/cases/arg" + i), p + " says its argument " + i + ": " + words);
            }
            assertNotEquals(p.english(args), zh.phrase(p, args, p.english(args)), "Chinese for " + p);
        }
    }

    @Test
    void aFailureIsWordedFromItsPhraseAndOtherwiseAsTheEngineSaidIt() {
        var e = new ExportException(FailurePhrase.EXPORT_NAME_TAKEN, "weekly");
        assertEquals("本案件已有名为“weekly”的导出。请为新导出另取名称。", ProblemText.describe(e, zh));
        assertEquals("This case already has an export named “weekly”. Give the new export another name.", ProblemText.describe(e, en));
        assertEquals("The zip is damaged.", ProblemText.describe(new ExportException("The zip is damaged."), zh), "no phrase: the engine's English");
        var merge = new org.judang.engine.archive.CorrectionException(FailurePhrase.CORRECTION_MERGE_TOO_FEW);
        assertEquals("请至少选择两个档案进行合并。", ProblemText.describe(merge, zh));
        assertEquals("Choose at least two archives to merge.", ProblemText.describe(merge, en));
        var kinds = new org.judang.engine.archive.CorrectionException(FailurePhrase.CORRECTION_MERGE_KINDS,
                org.judang.engine.model.ArchiveKind.PERSON, org.judang.engine.model.ArchiveKind.VEHICLE);
        assertEquals("不能把人员档案并入车辆档案：只能合并同一类的档案。", ProblemText.describe(kinds, zh), "the engine's words in Chinese too");
        assertEquals("Cannot merge a person archive into a vehicle archive.", ProblemText.describe(kinds, en));
        var same = new org.judang.engine.archive.CorrectionException(FailurePhrase.CORRECTION_NOTHING_TO_CHANGE, "notes");
        assertEquals("无需更改：备注已是该值。", ProblemText.describe(same, zh));
        var undone = new org.judang.engine.archive.CorrectionException(FailurePhrase.CORRECTION_ALREADY_UNDONE, 42L);
        assertEquals("操作记录第 42 条已经撤销。", ProblemText.describe(undone, zh));
        TaskText failed = new TaskText(FailurePhrase.BATCH_MISSING, List.of("/media/b7"), FailurePhrase.BATCH_MISSING.english(List.of("/media/b7")));
        assertEquals("/media/b7 不存在。请选择批次的文件夹或 .zip 文件。", zh.text(failed));
    }

    @Test
    void taskTextsAreTranslatedNumbersGroupedNamesKept() {
        assertEquals("导入 12,000 条，重复 3 条，拒绝 0 条", zh.text(TaskPhrase.IMPORTED.with(12000, 3, 0)));
        assertEquals("12,000 imported, 1 duplicate, 0 rejected", en.text(TaskPhrase.IMPORTED.with(12000, 1, 0)));
        assertEquals("读取 20251103/faces.jsonl", zh.text(TaskPhrase.READING_FILE.with("20251103/faces.jsonl")));
        assertEquals("导入 20251103", zh.text(TaskPhrase.IMPORT_BATCH.with("20251103")), "a name of digits is not a number");
        assertEquals("the batch folder is empty", zh.text(TaskText.plain("the batch folder is empty")), "a plain text as it is");
        assertEquals(null, zh.text(null));
    }

    @Test
    void formatsFillInAndGroupNumbers() {
        assertEquals("12,345 archives", en.format("grid.count", 12345L));
        assertEquals("共 12,345 个档案", zh.format("grid.count", 12345L));
        assertEquals("2025-11-03 13:19", en.time(1762175940L));
        assertEquals("2 min 5 s", en.duration(125));
        assertEquals("—", en.duration(-1));
        assertEquals("不到 1 秒", zh.duration(0.2), "not \"0 s\" left");
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
