-- The Javers commit that recorded each version, so the change log reads the newest versions' changes
-- by commit id (indexed) instead of filtering every snapshot of the document by commit property.
-- (V5 is H2-only tuning, in migrations/h2.)
create table audit_commit (
    document_slug  varchar(100)   not null,
    version_number integer        not null,
    commit_id      numeric(22, 2) not null,
    constraint audit_commit_pk primary key (document_slug, version_number)
);

insert into audit_commit (document_slug, version_number, commit_id)
select d.property_value, cast(v.property_value as integer), c.commit_id
from jv_commit c
join jv_commit_property d on d.commit_fk = c.commit_pk and d.property_name = 'document'
join jv_commit_property v on v.commit_fk = c.commit_pk and v.property_name = 'version'
join jv_commit_property k on k.commit_fk = c.commit_pk and k.property_name = 'kind' and k.property_value = 'record';
