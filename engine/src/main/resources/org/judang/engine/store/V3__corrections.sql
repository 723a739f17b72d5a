-- Schema version 3: what people decide. Constraints that clustering honours, the audit log that undo and redo
-- replay, merge suggestions, and the archive fields a person edits.
ALTER TABLE archives ADD COLUMN notes TEXT;
ALTER TABLE archives ADD COLUMN tags TEXT;
ALTER TABLE archives ADD COLUMN cover_chosen INTEGER NOT NULL DEFAULT 0;
CREATE INDEX archives_count ON archives(record_count DESC, id);

CREATE TABLE constraints (
  id        INTEGER PRIMARY KEY,
  kind      TEXT NOT NULL,            -- MUST_LINK | CANNOT_LINK
  a_kind    TEXT NOT NULL,            -- RECORD | ARCHIVE
  a         TEXT NOT NULL,
  b_kind    TEXT NOT NULL,
  b         TEXT NOT NULL,
  created   INTEGER NOT NULL,
  UNIQUE (kind, a_kind, a, b_kind, b)
);
CREATE INDEX constraints_a ON constraints(a);
CREATE INDEX constraints_b ON constraints(b);

CREATE TABLE audit (
  seq       INTEGER PRIMARY KEY,
  time      INTEGER NOT NULL,
  actor     TEXT NOT NULL,            -- who: a person's name, or 'system'
  manual    INTEGER NOT NULL,         -- 1 for a person's correction (undoable), 0 for automatic work
  action    TEXT NOT NULL,            -- MERGE, SPLIT, MOVE, CONFIRM, ... , CLUSTER, IMPORT
  summary   TEXT NOT NULL,            -- one line for people
  changes   TEXT NOT NULL,            -- the change set as JSON: what undo and redo replay
  state     TEXT NOT NULL DEFAULT 'DONE'  -- DONE | UNDONE
);

CREATE TABLE suggestions (
  a           TEXT NOT NULL,
  b           TEXT NOT NULL,
  similarity  REAL NOT NULL,
  state       TEXT NOT NULL DEFAULT 'OPEN',   -- OPEN | YES | NO | UNSURE
  created     INTEGER NOT NULL,
  answered    INTEGER,
  PRIMARY KEY (a, b)
);

-- Long jobs (GA/T 2350.5 6.3): what ran, how far it got, how it ended. A task found RUNNING when the case opens was
-- interrupted (the process died); it can be run again.
CREATE TABLE tasks (
  id        INTEGER PRIMARY KEY,
  kind      TEXT NOT NULL,             -- IMPORT, CLUSTER, EXPORT, EVALUATE, ...
  name      TEXT NOT NULL,
  params    TEXT NOT NULL,             -- JSON: what to run again to resume
  state     TEXT NOT NULL,             -- WAITING, RUNNING, SUCCEEDED, FAILED, CANCELLED, INTERRUPTED
  progress  REAL NOT NULL DEFAULT 0,
  stage     TEXT,
  message   TEXT,
  created   INTEGER NOT NULL,
  updated   INTEGER NOT NULL
);

-- What the threshold estimate saw of strangers, so later runs can judge "clearly different" on the space's own scale.
ALTER TABLE space_settings ADD COLUMN stranger_mean REAL;

-- Vehicle archives whose plate is also carried by a clearly different vehicle (套牌, a suspected cloned plate).
ALTER TABLE archives ADD COLUMN cloned_plate INTEGER NOT NULL DEFAULT 0;

-- Real-name archives (实名档案): an archive matched to a known person of the gallery, with the evidence.
CREATE TABLE realname (
  archive_id  TEXT NOT NULL,
  gallery_id  TEXT NOT NULL REFERENCES gallery(id),
  similarity  REAL NOT NULL,
  state       TEXT NOT NULL,            -- PROPOSED (by the machine), CONFIRMED or REJECTED (by a person)
  updated     INTEGER NOT NULL,
  PRIMARY KEY (archive_id, gallery_id)
);

-- Queries: plates by their OCR-tolerant key, captures by camera and time (trajectories, co-appearance).
ALTER TABLE archives ADD COLUMN plate_key TEXT;
CREATE INDEX archives_plate_key ON archives(plate_key) WHERE plate_key IS NOT NULL;
CREATE INDEX records_device_time ON records(device_id, shot_time);
