package org.redline.version;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staged versions that will never be numbered (see {@link VersionRecording#record}): a write refused under
 * the lock deletes its own; start-up deletes what a crash left between staging and numbering. They were
 * never visible (every read skips number null), so deleting them changes nothing a reader saw.
 */
@Component
class StagedVersions {

    private static final Logger log = LoggerFactory.getLogger(StagedVersions.class);

    private final JdbcClient jdbc;
    /** Staged rows older than this instance's start are left by a crash; newer ones are writes in flight. */
    private final Instant started;

    StagedVersions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.started = clock.instant();
    }

    /** Deletes a staged version (nothing when it has been numbered meanwhile) and its points and sources. */
    @Transactional
    public void discard(long versionId) {
        // the row lock first: a writer numbering it holds it, and once that commits the row is no longer staged
        if (jdbc.sql("select id from version where id = ? and number is null for update").param(versionId)
                .query(Long.class).optional().isEmpty()) {
            return;
        }
        jdbc.sql("delete from version_point where version_id = ?").param(versionId).update();
        jdbc.sql("delete from version_source where version_id = ?").param(versionId).update();
        jdbc.sql("delete from version where id = ?").param(versionId).update();
    }

    /** What a crash left between staging and numbering, deleted once the service is up. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void atStart() {
        discardStagedBefore(started);
    }

    /** Deletes the staged versions recorded before {@code instant}; returns how many. */
    @Transactional
    public int discardStagedBefore(Instant instant) {
        var leftovers = jdbc.sql("select id from version where number is null and recorded_at < ?")
                .param(java.sql.Timestamp.from(instant)).query(Long.class).list();
        leftovers.forEach(this::discard);
        if (!leftovers.isEmpty()) {
            log.warn("deleted {} staged version(s) a stop left unnumbered (never visible to any read)", leftovers.size());
        }
        return leftovers.size();
    }
}
