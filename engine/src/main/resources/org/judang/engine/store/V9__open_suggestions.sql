-- Schema version 9: the open merge suggestions, most similar first, from an index.
--
-- The suggestions queue (and its first page when a case opens) asks for open suggestions by similarity. Without an
-- index every suggestion was read and sorted: 120-140 ms a page at 61,000 suggestions (1,000,000 records). Read down
-- this index, a page stops once it is full.
CREATE INDEX suggestions_open ON suggestions(state, similarity DESC, a, b);
