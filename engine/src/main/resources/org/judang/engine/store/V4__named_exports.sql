-- Schema version 4: named exports. Each finished export remembers what every archive it held looked like (a hash of
-- its body and one of its member list), so that a later delta export sends only what changed since it.
CREATE TABLE exports (
  seq       INTEGER PRIMARY KEY,
  name      TEXT NOT NULL UNIQUE,
  kind      TEXT NOT NULL,              -- FULL | DELTA
  since     TEXT,                       -- a delta: the name of the export it is relative to
  created   INTEGER NOT NULL,
  path      TEXT NOT NULL,              -- where it was written
  state     TEXT NOT NULL,              -- WRITING, then DONE; one that never finished stays WRITING and is never offered
  archives  INTEGER NOT NULL DEFAULT 0  -- archives the case held (hidden ones aside) when it was made
);

CREATE TABLE export_archives (
  export_seq    INTEGER NOT NULL REFERENCES exports(seq) ON DELETE CASCADE,
  archive_id    TEXT NOT NULL,
  kind          TEXT NOT NULL,          -- PERSON | VEHICLE | OBJECT: the list its deletion is sent in
  body_hash     TEXT NOT NULL,          -- of its body (B.3 / B.4), images named by their stored key
  members_hash  TEXT NOT NULL,          -- of its member IDs by type
  PRIMARY KEY (export_seq, archive_id)
) WITHOUT ROWID;
