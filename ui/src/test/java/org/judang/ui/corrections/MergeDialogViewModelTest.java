package org.judang.ui.corrections;

import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.ObjectType;
import org.judang.ui.archive.ArchiveCard;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which archive the merge dialog proposes to keep, before the person chooses. */
class MergeDialogViewModelTest {
    private static ArchiveCard card(String id, int size, ArchiveStatus status, String name, ArchiveKind kind) {
        return new ArchiveCard(new Archive(id, kind, ObjectType.FACE, null, size, 0L, 0L, null, null, 0, 0, status, null, name, 0, 0), null);
    }

    @Test
    void confirmedThenNamedThenLargest() {
        ArchiveCard big = card("a", 50, ArchiveStatus.AUTOMATIC, null, ArchiveKind.PERSON);
        ArchiveCard named = card("b", 5, ArchiveStatus.AUTOMATIC, "Li", ArchiveKind.PERSON);
        ArchiveCard confirmed = card("c", 2, ArchiveStatus.CONFIRMED, null, ArchiveKind.PERSON);
        assertEquals("a", MergeDialogViewModel.suggestedSurvivor(List.of(big, card("d", 9, ArchiveStatus.AUTOMATIC, null, ArchiveKind.PERSON))).id());
        assertEquals("b", MergeDialogViewModel.suggestedSurvivor(List.of(big, named)).id());
        assertEquals("c", MergeDialogViewModel.suggestedSurvivor(List.of(big, named, confirmed)).id());
        MergeDialogViewModel m = new MergeDialogViewModel(List.of(big, named, confirmed));
        assertEquals(57, m.totalRecords());
        assertEquals(List.of("a", "b", "c"), m.ids());
    }

    @Test
    void mixedKindsAreCaught() {
        assertTrue(new MergeDialogViewModel(List.of(card("a", 1, ArchiveStatus.AUTOMATIC, null, ArchiveKind.PERSON),
                card("b", 1, ArchiveStatus.AUTOMATIC, null, ArchiveKind.VEHICLE))).mixedKinds());
    }
}
