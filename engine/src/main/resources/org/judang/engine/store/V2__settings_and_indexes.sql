-- Schema version 2: clustering settings remembered per feature space; indexes for time and plate look-ups;
-- the warnings an import attached to a record.
CREATE TABLE space_settings (
  space_id   INTEGER PRIMARY KEY REFERENCES feature_spaces(id),
  threshold  REAL,
  method     TEXT,
  updated    INTEGER NOT NULL
);
CREATE INDEX records_time ON records(shot_time);
CREATE INDEX records_plate ON records(plate) WHERE plate IS NOT NULL;
ALTER TABLE records ADD COLUMN warnings TEXT;
