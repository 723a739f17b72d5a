package org.judang.ui.suggestions;

import org.judang.engine.CaseSession;
import org.judang.engine.Workstation;
import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.synth.GeneratorSettings;
import org.judang.engine.synth.SyntheticBatchGenerator;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.ui.Feedback;
import org.judang.ui.SyntheticCase;
import org.judang.ui.concurrent.EngineCalls;
import org.judang.ui.corrections.CorrectionsController;
import org.judang.ui.i18n.Language;
import org.judang.ui.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The suggestion queue's controller without a window. */
class SuggestionQueueControllerTest {

    @Test
    void showsAPairOfArchivesWhoseRecordsHaveNoCrops() {
        // batches without images are common (large analyses send vectors and metadata only): covers without a crop
        Path batch = new SyntheticBatchGenerator(GeneratorSettings.defaults().withIdentities(40).withRecords(400).withDimension(32).withImages(false))
                .write(SyntheticCase.temp("judang-no-crops")).captures();
        try (CaseSession session = Workstation.createCase(SyntheticCase.temp("judang-case").resolve("case"), "no crops")) {
            session.importBatch(batch, ProgressListener.NONE, CancellationToken.none());
            session.cluster(ClusterOptions.defaults(), ProgressListener.NONE, CancellationToken.none());
            session.refreshSuggestions(ProgressListener.NONE, CancellationToken.none());
            assertTrue(session.countSuggestions() > 0, "the batch has look-alike pairs to suggest");
            Messages m = new Messages(Language.ENGLISH);
            EngineCalls calls = EngineCalls.direct(); // a failure is thrown here
            SuggestionQueueController queue = new SuggestionQueueController(session, calls, new SuggestionQueueViewModel(),
                    new CorrectionsController(session, calls, m, new Feedback() {
                        @Override public void info(String title, String text) { }
                        @Override public void success(String title, String text, String actionText, Runnable action) { }
                        @Override public void error(String title, String text) { throw new AssertionError(text); }
                    }), m);

            queue.load();

            assertNotNull(queue.model().leftProperty().get());
            assertNotNull(queue.model().rightProperty().get());
            assertNull(queue.model().leftProperty().get().card().coverImage(), "no crop, and no failure");
            long open = session.countSuggestions();
            assertEquals(open, queue.model().openProperty().get(), "counted after the pair is shown");

            // skipped past the end (the queue shrank meanwhile, say): the last suggestion, and the skips say so
            queue.model().skippedProperty().set((int) open + 5);
            queue.load();
            assertEquals(session.suggestions((int) open - 1, 1).get(0), queue.model().currentProperty().get());
            assertEquals((int) open - 1, queue.model().skippedProperty().get());
            queue.skip();
            assertEquals((int) open - 1, queue.model().skippedProperty().get(), "nothing past the last");
            queue.restart();
            assertEquals(session.suggestions(0, 1).get(0), queue.model().currentProperty().get());
        }
    }
}
