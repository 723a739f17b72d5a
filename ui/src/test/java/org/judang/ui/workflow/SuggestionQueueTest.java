package org.judang.ui.workflow;

import javafx.scene.input.KeyCode;
import org.judang.engine.archive.MergeSuggestion;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.ui.SyntheticCase;
import org.judang.ui.WorkstationUiTest;
import org.judang.ui.shell.CaseWorkspace;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The merge-suggestion queue answered from the keyboard: S skips, N keeps a pair apart, Y merges. */
class SuggestionQueueTest extends WorkstationUiTest {

    @Test
    void answerSuggestionsWithKeys() {
        CaseWorkspace ws = openCase(SyntheticCase.clustered());
        long open = session().countSuggestions();
        if (open < 3) {
            session().refreshSuggestions(ProgressListener.NONE, CancellationToken.none());
            onFx(() -> {
                ws.suggestions().restart();
                return null;
            });
            open = session().countSuggestions();
        }
        assertTrue(open >= 3, "the synthetic case has look-alike pairs to suggest");
        long total = open;
        clickOn("#nav-suggestions");
        until("the first suggestion is shown", () -> ws.suggestions().model().currentProperty().get() != null && shell.idle());
        assertTrue(text("#suggestion-count").startsWith(total + " open"));

        MergeSuggestion first = onFx(() -> ws.suggestions().model().currentProperty().get());
        type(KeyCode.S);
        until("the next one is shown", () -> !first.equals(ws.suggestions().model().currentProperty().get()) && shell.idle());
        assertEquals(total, session().countSuggestions(), "skipping answers nothing");

        MergeSuggestion second = onFx(() -> ws.suggestions().model().currentProperty().get());
        type(KeyCode.N);
        until("the answer is recorded", () -> ws.suggestions().model().openProperty().get() == total - 1 && shell.idle());
        assertEquals(total - 1, session().countSuggestions());
        assertTrue(session().archive(second.a()).isPresent() && session().archive(second.b()).isPresent(), "no keeps both");

        MergeSuggestion third = onFx(() -> ws.suggestions().model().currentProperty().get());
        assertNotEquals(second, third);
        type(KeyCode.Y);
        until("the pair is merged", () -> ws.suggestions().model().answeredProperty().get() == 2 && shell.idle());
        assertTrue(session().archive(third.a()).isEmpty() || session().archive(third.b()).isEmpty(), "yes merges the pair");
    }
}
