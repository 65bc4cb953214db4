package org.redline.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redline.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a partial version's unknown points are still known to say (alignment reads it for a partial base):
 * each key's text in the latest version below a number that states one. Runs on H2 and PostgreSQL.
 */
class LastTextsTest extends IntegrationTest {

    @Autowired
    PointReads reads;

    @Autowired
    VersionRecording recording;

    private static DraftPoint point(String key, String number, String text) {
        return new DraftPoint(key, number, "Part", text, PointStatus.AGREED, List.of(), null);
    }

    private void record(String slug, String ref, boolean partial, DraftPoint... points) {
        recording.record(slug, new Draft(ref, ref, null, null, VersionStatus.LEAKED, partial, null, List.of(), null, List.of(points)),
                ExpectedLatest.ANY, "test-editor");
    }

    @Test
    void eachKeyGetsItsTextFromTheLatestVersionBelowTheNumberThatStatesOne() {
        var slug = "last-texts-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"t\"}").status())
                .isEqualTo(201);
        record(slug, "v1", false, point("alpha", "1", "Alpha as first drafted."), point("beta", "2", "Beta as first drafted."),
                point("gamma", "3", "Gamma as first drafted."));
        record(slug, "v2", true, point("alpha", "1", "Alpha reworded in the second."));
        record(slug, "v3", true, point("beta", "2", "Beta reworded in the third."));

        assertThat(reads.lastTexts(slug, List.of("alpha", "beta", "gamma", "delta"), 4)).isEqualTo(Map.of(
                "alpha", "Alpha reworded in the second.", "beta", "Beta reworded in the third.", "gamma", "Gamma as first drafted."));
        assertThat(reads.lastTexts(slug, List.of("alpha", "beta"), 3))
                .isEqualTo(Map.of("alpha", "Alpha reworded in the second.", "beta", "Beta as first drafted."));
        assertThat(reads.lastTexts(slug, List.of("alpha"), 1)).isEmpty();
        assertThat(reads.lastTexts(slug, List.of(), 4)).isEmpty();
    }
}
