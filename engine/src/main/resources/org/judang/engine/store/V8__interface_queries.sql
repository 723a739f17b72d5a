-- Schema version 8: what the local interface's queries read, indexed.
--
-- 1. Each record's SourceID in a column of its own, indexed by archive. An archive's basic information lists the
-- distinct SourceIDs of its members (SourceIDList). They were read out of every member's stored object with
-- json_extract: 0.4-0.7 s for a page of the 20 largest archives at 1,000,000 records. The column holds exactly what
-- that read gave (the SourceID when it is a string or a number, else NULL; the same expression as
-- Records.sourceIdOf, which fills it on import), and the index answers an archive's distinct SourceIDs without
-- reading its records. It starts with archive_id, so it also does the work of records_archive.
ALTER TABLE records ADD COLUMN source_id TEXT;
UPDATE records SET source_id = CASE WHEN json_valid(raw) THEN (CASE WHEN json_type(raw, '$.SourceID') IN ('text', 'integer', 'real')
    THEN json_extract(raw, '$.SourceID') END) END;
CREATE INDEX records_archive_source ON records(archive_id, source_id);
DROP INDEX records_archive;

-- 2. The other orders a query may ask for (Sort: LastTime, UpdateTime, CreateTime), with the columns every list
-- filters on, as archives_by_size does for the default order: a page is read down the index until it is full instead
-- of sorting every archive (2.5 s a page of unnamed archives by LastTime at 180,000 archives, under 8 clients).
CREATE INDEX archives_by_last_seen ON archives(last_time DESC, id, status, kind);
CREATE INDEX archives_by_update ON archives(update_time DESC, id, status, kind);
CREATE INDEX archives_by_creation ON archives(create_time DESC, id, status, kind);
