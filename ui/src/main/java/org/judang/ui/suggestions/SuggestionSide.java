package org.judang.ui.suggestions;

import org.judang.engine.model.ObjectRecord;
import org.judang.ui.archive.ArchiveCard;

import java.util.List;

/** One archive of a suggested pair: the archive and a few of its members, most typical first. */
public record SuggestionSide(ArchiveCard card, List<ObjectRecord> sample) {}
