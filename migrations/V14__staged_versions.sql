-- Issue 13. A version is written in two steps: its row and its points are staged (committed without a
-- number, so no read sees them: every read of versions names a number or skips number null), then the
-- document lock is taken only to check the precondition, give the staged row its number (and its ref)
-- and advance the head. A staged row left by a failure or a crash is deleted at start-up.
alter table version alter column number drop not null;
