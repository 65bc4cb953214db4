-- Provenance of an imported version: the recorder and time the history file names. The version's own
-- recorded_by/recorded_at (and its audit commit) always name the signed-in editor who imported it, so
-- a file cannot forge the audit log; what the file said is kept beside it, shown as such. Null for
-- versions recorded here.
alter table version add column original_recorded_by varchar(200);
alter table version add column original_recorded_at timestamp with time zone;
