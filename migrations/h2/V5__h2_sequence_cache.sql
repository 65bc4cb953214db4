-- H2 only (Flyway reads migrations/h2 on H2, see pom.xml and spring.flyway.locations).
-- H2 writes its whole store whenever a sequence runs out of cached values, in the middle of the
-- transaction that asked: with the default cache of 32, every 32 Javers snapshots cost one extra store
-- write of everything the recording had written so far. Values stay increasing across restarts (a crash
-- skips the unused rest of a cache), which is all Javers needs of snapshot_pk.
-- Not on PostgreSQL: there each connection caches its own range, so a later commit could take a lower
-- snapshot_pk than an earlier one and Javers would take the wrong snapshot as the latest.
alter sequence jv_snapshot_pk_seq cache 1000;
alter sequence jv_commit_pk_seq cache 1000;
alter sequence jv_global_id_pk_seq cache 1000;
