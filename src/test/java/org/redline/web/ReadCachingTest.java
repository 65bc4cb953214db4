package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redline.testing.IntegrationTest;

/** Validators, public caching and compression of anonymous reads; signed-in pages stay private (issue 13). */
class ReadCachingTest extends IntegrationTest {

    @Test
    void aComparePageOfNumberedVersionsHasAValidatorAndAnswers304ToIt() {
        var page = http().get("/documents/peace-plan/compare?from=1&to=2");
        assertThat(page.status()).isEqualTo(200);
        var etag = page.header("ETag");
        assertThat(etag).startsWith("W/\"");
        assertThat(page.header("Cache-Control")).contains("public").contains("immutable");

        var again = http().get("/documents/peace-plan/compare?from=1&to=2", "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(etag);

        assertThat(http().get("/documents/peace-plan/compare?from=1&to=2", "If-None-Match", "W/\"other\"").status())
                .isEqualTo(200);
    }

    @Test
    void latestViewsAreCachedBrieflyAndTheirValidatorMovesWithANewVersion() {
        var slug = "cached-" + UUID.randomUUID().toString().substring(0, 8);
        editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"t\"}");
        var draft = "{\"id\": \"c1\", \"label\": \"c1\", \"points\": [{\"number\": 1, \"text\": \"A first point.\"}]}";
        assertThat(editor().post("/api/documents/" + slug + "/versions", "application/json", draft).status()).isEqualTo(201);

        var timeline = http().get("/documents/" + slug);
        assertThat(timeline.header("Cache-Control")).contains("public").contains("max-age=30").contains("must-revalidate");
        var etag = timeline.header("ETag");
        var search = http().get("/api/documents/" + slug + "/search?q=first");
        assertThat(search.header("Cache-Control")).contains("max-age=30");
        assertThat(http().get("/documents/" + slug, "If-None-Match", etag).status()).isEqualTo(304);

        var next = "{\"id\": \"c2\", \"label\": \"c2\", \"points\": [{\"number\": 1, \"text\": \"A second wording.\"}]}";
        assertThat(editor().post("/api/documents/" + slug + "/versions", "application/json", next).status()).isEqualTo(201);
        var moved = http().get("/documents/" + slug, "If-None-Match", etag);
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void errorsAndSignedInReadsAreNotStoredByCaches() {
        var missing = http().get("/api/documents/peace-plan/versions/999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Cache-Control")).contains("no-store");

        // the API signs in per request (HTTP Basic); the pages' session sign-in is the same check
        var signedIn = editor().get("/api/documents/peace-plan/versions/1");
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.header("Cache-Control")).contains("private").contains("no-store");
    }

    @Test
    void textResponsesAreCompressedForClientsThatAcceptIt() {
        var page = http().get("/documents/peace-plan/compare?from=1&to=2", "Accept-Encoding", "gzip");
        assertThat(page.header("Content-Encoding")).isEqualTo("gzip");
        var json = http().get("/api/documents/peace-plan/versions/1", "Accept-Encoding", "gzip");
        assertThat(json.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(http().get("/api/documents/peace-plan/versions/1").header("Content-Encoding")).isNull();
    }
}
