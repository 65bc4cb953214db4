-- Versions known only from reports ("it now has 22 points", "the army cap was dropped"): their kind,
-- the point count the reports give, and whether the version (its identity or derivation) is uncertain.
-- Existing versions are text versions with nothing reported beside them. SQL shared by H2 and PostgreSQL.
alter table version add column kind varchar(20) default 'TEXT' not null;
alter table version add column reported_point_count integer;
alter table version add column uncertain boolean default false not null;
alter table version add constraint version_reported_point_count_positive check (reported_point_count is null or reported_point_count > 0);
