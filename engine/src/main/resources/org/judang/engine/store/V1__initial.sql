-- Schema version 1: the first case format.
CREATE TABLE case_info (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE batches (
  seq          INTEGER PRIMARY KEY,
  batch_id     TEXT,
  fingerprint  TEXT NOT NULL,
  kind         TEXT NOT NULL,
  source       TEXT,
  path         TEXT,
  imported_at  INTEGER NOT NULL,
  report       TEXT
);

CREATE TABLE cameras (
  ape_id      TEXT PRIMARY KEY,
  name        TEXT,
  longitude   REAL,
  latitude    REAL,
  place_code  TEXT,
  raw         TEXT NOT NULL
);

CREATE TABLE feature_spaces (
  id            INTEGER PRIMARY KEY,
  object_type   TEXT NOT NULL,
  vendor        TEXT NOT NULL,
  algorithm     TEXT NOT NULL,
  dimension     INTEGER NOT NULL,
  vector_count  INTEGER NOT NULL DEFAULT 0,
  UNIQUE (object_type, vendor, algorithm, dimension)
);

CREATE TABLE archives (
  id                 TEXT PRIMARY KEY,
  kind               TEXT NOT NULL,
  primary_type       TEXT NOT NULL,
  cover_record       TEXT,
  record_count       INTEGER NOT NULL DEFAULT 0,
  first_time         INTEGER,
  last_time          INTEGER,
  first_device       TEXT,
  last_device        TEXT,
  similarity_degree  REAL NOT NULL DEFAULT 0,
  confidence         REAL NOT NULL DEFAULT 0,
  status             TEXT NOT NULL DEFAULT 'AUTOMATIC',
  plate              TEXT,
  name               TEXT,
  create_time        INTEGER NOT NULL,
  update_time        INTEGER NOT NULL
);

CREATE TABLE records (
  id            TEXT PRIMARY KEY,
  object_type   TEXT NOT NULL,
  space_id      INTEGER REFERENCES feature_spaces(id),
  ordinal       INTEGER NOT NULL DEFAULT -1,
  device_id     TEXT,
  shot_time     INTEGER,
  box_x1        INTEGER, box_y1 INTEGER, box_x2 INTEGER, box_y2 INTEGER,
  quality       REAL NOT NULL DEFAULT 0,
  plate         TEXT,
  crop_image    TEXT,
  scene_image   TEXT,
  content_hash  TEXT NOT NULL,
  raw           TEXT NOT NULL,
  batch_seq     INTEGER NOT NULL REFERENCES batches(seq),
  archive_id    TEXT REFERENCES archives(id) ON DELETE SET NULL,
  similarity    REAL NOT NULL DEFAULT 0,
  locked        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX records_archive ON records(archive_id);
CREATE INDEX records_space ON records(space_id, ordinal);

CREATE TABLE relations (
  record_id     TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  related_id    TEXT NOT NULL,
  related_type  TEXT,
  PRIMARY KEY (record_id, related_id)
);

CREATE TABLE archive_centers (
  archive_id  TEXT NOT NULL REFERENCES archives(id) ON DELETE CASCADE,
  space_id    INTEGER NOT NULL REFERENCES feature_spaces(id),
  vector      BLOB NOT NULL,
  PRIMARY KEY (archive_id, space_id)
);

CREATE TABLE gallery (
  id            TEXT PRIMARY KEY,
  name          TEXT,
  id_type       TEXT,
  id_number     TEXT,
  space_id      INTEGER REFERENCES feature_spaces(id),
  vector        BLOB,
  image         TEXT,
  content_hash  TEXT NOT NULL,
  raw           TEXT NOT NULL,
  batch_seq     INTEGER NOT NULL REFERENCES batches(seq)
);
