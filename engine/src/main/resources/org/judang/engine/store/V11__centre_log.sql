-- Schema version 11: a log of the archive centres written, so that what compares every centre is brought up to date.
--
-- A search by image compares every archive centre of a space, held in memory (100,000 archives of 256 floats read in
-- about a second). Any commit that changed archives made it read them all again; with this log it reads only the
-- centres written since, one row per centre inserted, replaced or deleted (also when an archive's deletion removes
-- its centres). The log keeps its latest 65,536 to 69,632 rows; a reader that finds rows it needs gone reads every
-- centre again. AUTOINCREMENT: a sequence number is never used twice, even after the rows before it are deleted.
CREATE TABLE centre_log (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  space_id    INTEGER NOT NULL,
  archive_id  TEXT NOT NULL
);

CREATE TRIGGER centre_log_on_insert AFTER INSERT ON archive_centers BEGIN
  INSERT INTO centre_log(space_id, archive_id) VALUES (NEW.space_id, NEW.archive_id);
END;
CREATE TRIGGER centre_log_on_update AFTER UPDATE ON archive_centers BEGIN
  INSERT INTO centre_log(space_id, archive_id) VALUES (OLD.space_id, OLD.archive_id);
  INSERT INTO centre_log(space_id, archive_id) SELECT NEW.space_id, NEW.archive_id WHERE NEW.space_id IS NOT OLD.space_id OR NEW.archive_id IS NOT OLD.archive_id;
END;
CREATE TRIGGER centre_log_on_delete AFTER DELETE ON archive_centers BEGIN
  INSERT INTO centre_log(space_id, archive_id) VALUES (OLD.space_id, OLD.archive_id);
END;
CREATE TRIGGER centre_log_prune AFTER INSERT ON centre_log WHEN NEW.seq % 4096 = 0 BEGIN
  DELETE FROM centre_log WHERE seq <= NEW.seq - 65536;
END;
