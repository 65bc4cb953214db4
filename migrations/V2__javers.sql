-- Javers' tables, owned by Flyway (Javers runs with schema management off).
-- Same layout Javers 7.10 creates itself; unbounded varchar works on H2 and PostgreSQL.

create sequence jv_global_id_pk_seq start with 1 increment by 1;
create sequence jv_commit_pk_seq start with 1 increment by 1;
create sequence jv_snapshot_pk_seq start with 1 increment by 1;

create table jv_global_id (
    global_id_pk bigint not null primary key,
    local_id     varchar(191),
    fragment     varchar(200),
    type_name    varchar(200),
    owner_id_fk  bigint references jv_global_id (global_id_pk)
);
create index jv_global_id_local_id_idx on jv_global_id (local_id);
create index jv_global_id_owner_id_fk_idx on jv_global_id (owner_id_fk);

create table jv_commit (
    commit_pk           bigint not null primary key,
    author              varchar(200),
    commit_date         timestamp,
    commit_date_instant varchar(30),
    commit_id           numeric(22, 2)
);
create index jv_commit_commit_id_idx on jv_commit (commit_id);

create table jv_commit_property (
    property_name  varchar(191) not null,
    property_value varchar(600),
    commit_fk      bigint not null references jv_commit (commit_pk),
    primary key (commit_fk, property_name)
);
create index jv_commit_property_commit_fk_idx on jv_commit_property (commit_fk);
create index jv_commit_property_property_name_property_value_idx on jv_commit_property (property_name, property_value);

create table jv_snapshot (
    snapshot_pk        bigint not null primary key,
    type               varchar(200),
    version            bigint,
    state              varchar,
    changed_properties varchar,
    managed_type       varchar(200),
    global_id_fk       bigint references jv_global_id (global_id_pk),
    commit_fk          bigint references jv_commit (commit_pk)
);
create index jv_snapshot_global_id_fk_idx on jv_snapshot (global_id_fk);
create index jv_snapshot_commit_fk_idx on jv_snapshot (commit_fk);

-- The state Javers last recorded for each point, so a new version commits only the points that changed.
create table point_head (
    document_slug varchar(100) not null,
    point_key     varchar(150) not null,
    state_hash    varchar(64)  not null,
    primary key (document_slug, point_key)
);
