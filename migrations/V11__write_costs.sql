-- Issue 13. A version that changes more than a thousand points is audited in several Javers commits
-- (Javers' cost per commit grows with the square of its points): audit_commit holds each of them.
alter table audit_commit drop constraint audit_commit_pk;
alter table audit_commit add constraint audit_commit_pk primary key (document_slug, version_number, commit_id);

-- A counter that moves with every change a reader can see (a version recorded, metadata corrected):
-- the validator (ETag) of a document's pages and API reads, read in one row.
alter table version_head add column revision bigint default 0 not null;
update version_head set revision = latest_number;
