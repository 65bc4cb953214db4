-- Alignment evidence: the sentence embedding of each point text a document has held, computed once
-- when the version holding it is recorded (or the first time an older version is aligned against),
-- so a base version is never embedded again. Keyed by a hash of the model and the text: a point
-- state that keeps its text keeps its vector. Written under the document's lock, so per document
-- there is no race between writers.
create table point_embedding (
    document_slug varchar(100) not null,
    text_hash     char(64)     not null,
    vector        bytea        not null,
    constraint point_embedding_pk primary key (document_slug, text_hash)
);
