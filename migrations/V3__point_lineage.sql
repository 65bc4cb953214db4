-- Merges and splits found by alignment: the base keys a point continues beyond its own key.
-- merged_from: keys of other base points absorbed into this one, one per line.
-- split_from: the key of the base point this one was split off from (another point carries that key on).
alter table version_point add column merged_from varchar(8000);
alter table version_point add column split_from varchar(150);
