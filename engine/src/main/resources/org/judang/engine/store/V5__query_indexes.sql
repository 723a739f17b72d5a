-- Schema version 5: archive-library queries that stay fast on a million records.
--
-- Which cameras each archive was captured by, with how many of its records each: the camera, area and place-code
-- filters read this instead of every record of a camera. Triggers on records keep it right whatever writes them
-- (archiving, corrections and their undo/redo, re-clustering, imports, a cancelled import's deletion, an archive's
-- deletion setting its records' archive to NULL).
CREATE TABLE archive_cameras (
  camera_id   TEXT NOT NULL,
  archive_id  TEXT NOT NULL,
  records     INTEGER NOT NULL,
  PRIMARY KEY (camera_id, archive_id)
) WITHOUT ROWID;

INSERT INTO archive_cameras(camera_id, archive_id, records)
  SELECT device_id, archive_id, count(*) FROM records
  WHERE archive_id IS NOT NULL AND device_id IS NOT NULL GROUP BY device_id, archive_id;

CREATE TRIGGER archive_cameras_on_insert AFTER INSERT ON records
WHEN NEW.archive_id IS NOT NULL AND NEW.device_id IS NOT NULL BEGIN
  INSERT INTO archive_cameras(camera_id, archive_id, records) VALUES (NEW.device_id, NEW.archive_id, 1)
    ON CONFLICT(camera_id, archive_id) DO UPDATE SET records = records + 1;
END;

CREATE TRIGGER archive_cameras_on_delete AFTER DELETE ON records
WHEN OLD.archive_id IS NOT NULL AND OLD.device_id IS NOT NULL BEGIN
  DELETE FROM archive_cameras WHERE camera_id = OLD.device_id AND archive_id = OLD.archive_id AND records <= 1;
  UPDATE archive_cameras SET records = records - 1 WHERE camera_id = OLD.device_id AND archive_id = OLD.archive_id;
END;

-- a record leaving an archive (or a camera), and one joining: two triggers, so that archiving new records (the
-- bulk of the writes) runs only the second
CREATE TRIGGER archive_cameras_on_leave AFTER UPDATE OF archive_id, device_id ON records
WHEN OLD.archive_id IS NOT NULL AND OLD.device_id IS NOT NULL
     AND (OLD.archive_id IS NOT NEW.archive_id OR OLD.device_id IS NOT NEW.device_id) BEGIN
  DELETE FROM archive_cameras WHERE camera_id = OLD.device_id AND archive_id = OLD.archive_id AND records <= 1;
  UPDATE archive_cameras SET records = records - 1 WHERE camera_id = OLD.device_id AND archive_id = OLD.archive_id;
END;

CREATE TRIGGER archive_cameras_on_join AFTER UPDATE OF archive_id, device_id ON records
WHEN NEW.archive_id IS NOT NULL AND NEW.device_id IS NOT NULL
     AND (OLD.archive_id IS NOT NEW.archive_id OR OLD.device_id IS NOT NEW.device_id) BEGIN
  INSERT INTO archive_cameras(camera_id, archive_id, records) VALUES (NEW.device_id, NEW.archive_id, 1)
    ON CONFLICT(camera_id, archive_id) DO UPDATE SET records = records + 1;
END;

-- The library's default order (largest first) with the columns every list and count filters on, so that a count and
-- a filtered page are read from the index alone until a row is kept.
DROP INDEX archives_count;
CREATE INDEX archives_by_size ON archives(record_count DESC, id, status, kind);
