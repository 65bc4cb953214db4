package org.redline.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redline.document.Documents;
import org.redline.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A staged version (issue 13: written before the document lock, numbered under it) is invisible to every
 * read until it has its number, a refused write leaves none behind, and start-up deletes what a crash left.
 * Tagged database through IntegrationTest: runs on H2 and, with -Ppostgres, on PostgreSQL.
 */
class StagedVersionTest extends IntegrationTest {

    /** A word only the staged version holds: no read may show it. */
    private static final String WORD = "zanzibarite";
    private static final String REF = "staged-only";
    private static final String NEW_KEY = "staged-new-point";

    @Autowired
    VersionRecording recording;

    @Autowired
    StagedVersions staged;

    @Autowired
    VersionTimeline timeline;

    @Autowired
    VersionIntegrity integrity;

    @Autowired
    Documents documents;

    @Autowired
    org.redline.history.History history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private String newDocument() {
        var slug = "staged-" + UUID.randomUUID().toString().substring(0, 8);
        var created = editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"t\"}");
        assertThat(created.status()).isEqualTo(201);
        var first = editor().post("/api/documents/" + slug + "/versions", "application/json", """
                {"id": "v1", "label": "First", "draftDate": "2025-01-10", "reportedDate": "2025-01-11", "points": [
                  {"number": 1, "category": "Security", "text": "The parties agree to a ceasefire along the line."},
                  {"number": 2, "category": "Borders", "text": "The border is drawn by a joint commission."}]}""");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        return slug;
    }

    /** Every point of version 1 reworded with the word, plus a point of its own; dated after version 1. */
    private Draft stagedDraft(String slug, String ref) {
        var points = new ArrayList<DraftPoint>();
        for (var point : timeline.get(slug, "1").points()) {
            points.add(new DraftPoint(point.key(), point.number(), point.category(), point.text() + " " + WORD + ".",
                    PointStatus.AGREED, List.of(), null));
        }
        points.add(new DraftPoint(NEW_KEY, "3", "Annex", "A " + WORD + " annex.", PointStatus.AGREED, List.of(), null));
        return new Draft(ref, "Staged " + WORD, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 2), VersionStatus.LEAKED, false,
                null, List.of(new Source("Outlet", "https://example.org/" + WORD)), null, points);
    }

    private long stage(String slug, Draft draft, Instant at) {
        return new TransactionTemplate(transactions).execute(status ->
                recording.stage(documents.get(slug), draft, ExpectedLatest.ANY, new Recorder("test-editor", at, null)).versionId());
    }

    private int rows(String table, String column, long versionId) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?").param(versionId).query(Integer.class).single();
    }

    @Test
    void aStagedVersionIsInvisibleToEveryRead() {
        var slug = newDocument();
        long id = stage(slug, stagedDraft(slug, REF), Instant.now());
        try {
            assertThat(rows("version_point", "version_id", id)).isEqualTo(3);

            assertThat(timeline.all(slug)).extracting(VersionSummary::number).containsExactly(1);
            assertThat(timeline.latestNumber(slug)).isEqualTo(1);
            assertThat(timeline.allWithPoints(slug)).hasSize(1);
            assertThat(timeline.inForceOn(slug, LocalDate.of(2030, 1, 1), false)).map(VersionSummary::number).contains(1);
            assertThat(timeline.inForceOn(slug, LocalDate.of(2030, 1, 1), true)).map(VersionSummary::number).contains(1);
            assertThat(integrity.verify(slug)).isEmpty();
            var checked = history.verify(slug); // what make check-data and /api/admin/integrity report
            assertThat(checked.problems()).isEmpty();
            assertThat(checked.versions()).isEqualTo(1);

            var api = "/api/documents/" + slug;
            var key = timeline.get(slug, "1").points().get(0).key();
            for (var path : List.of(api, api + "/versions", api + "/versions/1", api + "/feed", api + "/export",
                    api + "/export/matrix.json", api + "/export/matrix.csv", api + "/changes", api + "/dropped",
                    api + "/points/" + key + "/history", api + "/points/" + key + "/lineage",
                    api + "/as-of?date=2030-01-01", "/documents/" + slug, "/documents/" + slug + "/versions/1")) {
                var read = http().get(path);
                assertThat(read.status()).as(path + ": " + read.body()).isEqualTo(200);
                assertThat(read.body()).as(path).doesNotContain(WORD).doesNotContain(REF).doesNotContain(NEW_KEY);
            }
            for (var query : List.of(WORD, WORD.substring(0, 5))) { // a search echoes its query: look at what it found
                var found = http().get(api + "/search?q=" + query);
                assertThat(found.status()).isEqualTo(200);
                assertThat(found.body()).contains("\"points\":[]").contains("\"totalPoints\":0").doesNotContain(REF);
            }
            assertThat(http().get(api + "/versions/2").status()).isEqualTo(404);
            assertThat(http().get(api + "/versions/" + REF).status()).isEqualTo(404);
            assertThat(http().get(api + "/points/" + NEW_KEY + "/history").status()).isEqualTo(404);

            // the same content and ref recorded for real: the staged row takes neither, so no false 409
            var recorded = recording.record(slug, stagedDraft(slug, REF), ExpectedLatest.of(1), "test-editor");
            assertThat(recorded.version().number()).isEqualTo(2);
            assertThat(recorded.version().ref()).isEqualTo(REF);
            assertThat(http().get(api + "/search?q=" + WORD).body()).doesNotContain("\"totalPoints\":0");
            assertThat(integrity.verify(slug)).isEmpty();
        } finally {
            staged.discard(id);
        }
        assertThat(rows("version", "id", id)).isZero();
    }

    @Test
    void startUpDeletesWhatACrashLeftStagedAndNothingElse() {
        var slug = newDocument();
        long leftByCrash = stage(slug, stagedDraft(slug, null), Instant.parse("2020-01-01T00:00:00Z"));
        long inFlight = stage(slug, stagedDraft(slug, "in-flight"), Instant.now());
        try {
            assertThat(staged.discardStagedBefore(Instant.parse("2021-01-01T00:00:00Z"))).isGreaterThanOrEqualTo(1);
            assertThat(rows("version", "id", leftByCrash)).isZero();
            assertThat(rows("version_point", "version_id", leftByCrash)).isZero();
            assertThat(rows("version_source", "version_id", leftByCrash)).isZero();
            assertThat(rows("version", "id", inFlight)).isOne(); // a write in flight started after "start-up"
            assertThat(rows("version_point", "version_id", inFlight)).isEqualTo(3);
        } finally {
            staged.discard(inFlight);
        }
        assertThat(rows("version", "id", inFlight)).isZero();
        assertThat(rows("version_point", "version_id", inFlight)).isZero();
        // discarding never touches a numbered version
        long first = jdbc.sql("select v.id from version v join document d on d.id = v.document_id where d.slug = ?")
                .param(slug).query(Long.class).single();
        staged.discard(first);
        assertThat(rows("version", "id", first)).isOne();
        assertThat(integrity.verify(slug)).isEmpty();
    }

    @Test
    void aWriteRefusedUnderTheLockLeavesNothingStaged() throws Exception {
        var slug = newDocument();
        // another writer holds the document: this write stages, then gives up waiting for the lock (503)
        var held = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var holder = java.util.concurrent.Executors.newSingleThreadExecutor();
        var holding = holder.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            documents.lockForNewVersion(slug);
            held.countDown();
            try {
                release.await(5, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            assertThat(held.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            var refused = editor().post("/api/documents/" + slug + "/versions", "application/json", """
                    {"id": "v2", "label": "Second", "points": [
                      {"number": 1, "category": "Security", "text": "The parties agree to a lasting zanzibarite."}]}""");
            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        } finally {
            release.countDown();
            holding.get(1, java.util.concurrent.TimeUnit.MINUTES);
            holder.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from version v join document d on d.id = v.document_id"
                + " where d.slug = ? and v.number is null").param(slug).query(Integer.class).single()).isZero();
        assertThat(timeline.all(slug)).extracting(VersionSummary::number).containsExactly(1);
        assertThat(http().get("/api/documents/" + slug + "/search?q=" + WORD).body()).contains("\"totalPoints\":0");
    }

    /**
     * A partial draft staged against version 1 while another writer records version 2: numbered after it, it is
     * moved onto version 2 (rebased), holding what it would hold had it been composed against version 2.
     */
    @Test
    void aDraftStagedBeforeAnotherWriterIsRebasedOntoTheNewLatest() {
        var slug = newDocument();
        var first = timeline.get(slug, "1").points();
        var reworded = new DraftPoint(first.get(0).key(), "1", "Security", "The parties agree to a lasting " + WORD + ".",
                PointStatus.AGREED, List.of(), null);
        var draftA = new Draft("writer-a", "Writer A", null, null, VersionStatus.LEAKED, true, null, List.of(), null,
                List.of(reworded));
        var recorder = new Recorder("test-editor", Instant.now(), null);
        var stagedA = new TransactionTemplate(transactions).execute(status ->
                recording.stage(documents.get(slug), draftA, ExpectedLatest.ANY, recorder));

        // writer B, in between: renumbers point 2 and adds a point of its own
        var renumbered = new DraftPoint(first.get(1).key(), "20", "Borders", "The border is drawn by a commission.",
                PointStatus.AGREED, List.of(), null);
        var added = new DraftPoint("writer-b-annex", "21", "Annex", "An annex on prisoners.", PointStatus.AGREED, List.of(), null);
        recording.record(slug, new Draft("writer-b", "Writer B", null, null, VersionStatus.LEAKED, true, null, List.of(), null,
                List.of(renumbered, added)), ExpectedLatest.ANY, "test-editor");

        // what the same content composed afresh against version 2 would be
        var sameContent = new Draft(null, "Writer A again", null, null, VersionStatus.LEAKED, true, null, List.of(), null,
                List.of(reworded));
        var fresh = recording.preview(slug, sameContent);

        var numbered = new TransactionTemplate(transactions).execute(status ->
                recording.number(slug, draftA, ExpectedLatest.ANY, recorder, stagedA));
        assertThat(numbered.version().number()).isEqualTo(3);
        assertThat(numbered.version().derivedFrom().number()).isEqualTo(2);
        var third = timeline.get(slug, "3").points();
        assertThat(third).extracting(PointView::key)
                .containsExactly(first.get(0).key(), first.get(1).key(), "writer-b-annex");
        assertThat(third.get(0).text()).contains(WORD);
        assertThat(third.get(1).number()).isEqualTo("20"); // carried as version 2 numbers it, not as version 1 did
        assertThat(third.subList(1, 3)).allSatisfy(p -> assertThat(p.status()).isEqualTo(PointStatus.UNKNOWN));
        assertThat(third).isEqualTo(fresh.points());
        assertThat(numbered.version().changes()).isEqualTo(fresh.summary().changes());
        // its content hash is the one the draft has against version 2: the same draft again is a duplicate of 3
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> recording.preview(slug, sameContent)))
                .isInstanceOf(DuplicateContent.class).hasMessageContaining("3");
        assertThat(integrity.verify(slug)).isEmpty();
    }
}
