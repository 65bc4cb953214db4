-- Issue 13. The Javers audit of a recorded version leaves the recording transaction (and the document
-- lock): it is drained after commit, version by version in order. This row says how far the audit of
-- each document has got; the versions numbered above it are the pending audits (the version rows
-- themselves are the durable outbox, so a crash after commit leaves nothing to lose). Drainers take
-- this row's lock, one per document at a time, on one instance or several.
create table audit_progress (
    document_slug  varchar(100) not null,
    audited_number integer      not null,
    constraint audit_progress_pk primary key (document_slug)
);

insert into audit_progress (document_slug, audited_number)
select document_slug, max(version_number) from audit_commit group by document_slug;
