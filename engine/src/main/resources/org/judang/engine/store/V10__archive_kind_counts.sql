-- Schema version 10: how many archives of each kind, kept by triggers instead of counted.
--
-- The case's figures and the archive library's description (ArchiveLibraries) count archives by kind. Counting read
-- an index of every archive: 50-60 ms at 180,000 archives (1,000,000 records), again after every change of the case.
-- The triggers keep the counts as archives are added, removed or change kind; a kind whose archives are all gone
-- keeps a row of 0.
CREATE TABLE archive_kind_counts (
  kind      TEXT PRIMARY KEY,
  archives  INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO archive_kind_counts(kind, archives) SELECT kind, count(*) FROM archives GROUP BY kind;

CREATE TRIGGER archive_kind_counts_on_insert AFTER INSERT ON archives BEGIN
  INSERT INTO archive_kind_counts(kind, archives) VALUES (NEW.kind, 1) ON CONFLICT(kind) DO UPDATE SET archives = archives + 1;
END;
CREATE TRIGGER archive_kind_counts_on_delete AFTER DELETE ON archives BEGIN
  UPDATE archive_kind_counts SET archives = archives - 1 WHERE kind = OLD.kind;
END;
CREATE TRIGGER archive_kind_counts_on_change AFTER UPDATE OF kind ON archives WHEN OLD.kind IS NOT NEW.kind BEGIN
  UPDATE archive_kind_counts SET archives = archives - 1 WHERE kind = OLD.kind;
  INSERT INTO archive_kind_counts(kind, archives) VALUES (NEW.kind, 1) ON CONFLICT(kind) DO UPDATE SET archives = archives + 1;
END;
