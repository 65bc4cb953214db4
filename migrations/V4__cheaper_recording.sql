-- Recording a version costs what its change costs, however long the history (issue 7).

-- A version's points are identified by the version and their key. The surrogate id, its sequence and
-- the (version_id, position) index cost work on every row written and served no query: rebuilt without.
create table version_point_keyed (
    version_id  bigint       not null references version (id),
    point_key   varchar(150) not null,
    position    integer      not null,
    number      varchar(20),
    category    varchar(300),
    text        varchar,
    status      varchar(20)  not null,
    listed      boolean      not null,
    source_refs varchar,
    note        varchar,
    merged_from varchar(8000),
    split_from  varchar(150),
    constraint version_point_pk primary key (version_id, point_key)
);
insert into version_point_keyed (version_id, point_key, position, number, category, text, status, listed,
                                 source_refs, note, merged_from, split_from)
select version_id, point_key, position, number, category, text, status, listed, source_refs, note, merged_from,
       split_from
from version_point;
drop table version_point;
alter table version_point_keyed rename to version_point;
create index version_point_key_idx on version_point (point_key, version_id);
drop sequence version_point_seq;

-- Each document's latest version number, kept beside the versions under the document lock: reading it
-- is one row, where max(number) reads every version of the document.
create table version_head (
    document_id    bigint  not null primary key references document (id),
    latest_number  integer not null
);
insert into version_head (document_id, latest_number)
select document_id, max(number) from version group by document_id;

-- Javers reads one state of an object by (global id, version), and the state before it the same way:
-- without this index, both read every snapshot of the object, which grows with its history.
create index jv_snapshot_global_id_version_idx on jv_snapshot (global_id_fk, version);
