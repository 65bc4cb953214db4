package org.redline.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.redline.version.DraftRejected;
import org.redline.version.PointStatus;
import org.redline.version.VersionStatus;

class JsonDraftReaderTest {

    private static byte[] draftFile(String name) throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/drafts", name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-28pt-2025-11-20.json", "e3-counter-2025-11-23.json", "us-ua-19pt-geneva-2025-11-23.json"})
    void theSharedDraftsReadAsTheyAre(String file) throws IOException {
        var draft = JsonDraftReader.read(draftFile(file));
        assertThat(draft.ref()).isEqualTo(file.replace(".json", ""));
        assertThat(draft.points()).isNotEmpty();
        assertThat(draft.sources()).isNotEmpty();
    }

    @Test
    void theGenevaDraftKeepsUnnumberedBracketedAndRemovedPoints() throws IOException {
        var draft = JsonDraftReader.read(draftFile("us-ua-19pt-geneva-2025-11-23.json"));
        assertThat(draft.partial()).isTrue();
        assertThat(draft.status()).isEqualTo(VersionStatus.REPORTED);
        assertThat(draft.derivedFrom()).isEqualTo("us-28pt-2025-11-20");
        assertThat(draft.points()).allMatch(p -> p.number() == null);
        assertThat(draft.points()).filteredOn(p -> p.category().equals("Territories"))
                .singleElement().extracting(p -> p.status()).isEqualTo(PointStatus.BRACKETED);
        assertThat(draft.points()).filteredOn(p -> p.category().equals("Military Limits"))
                .singleElement().satisfies(p -> {
                    assertThat(p.status()).isEqualTo(PointStatus.REMOVED);
                    assertThat(p.text()).isNull();
                    assertThat(p.note()).contains("600,000");
                });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"label\": \"x\", \"points\": [ {\"number\": 1, \"text\": \"a\",} ] }|line 1, column",
            "{\"label\": \"x\", \"points\": [{\"number\": 1}]}|points[0].text",
            "{\"label\": \"x\", \"points\": [{\"number\": 1, \"text\": \"a\"}, {\"number\": 1, \"text\": \"b\"}]}|points[1].number",
            "{\"label\": \"x\", \"points\": [{\"key\": \"k\", \"text\": \"a\"}, {\"key\": \"k\", \"text\": \"b\"}]}|points[1].key",
            "{\"label\": \"x\", \"draftDate\": \"2025-13-45\", \"points\": [{\"text\": \"a\"}]}|draftDate",
            "{\"label\": \"x\", \"points\": [{\"text\": \"a\", \"status\": \"maybe\"}]}|points[0].status",
            "{\"label\": \"x\", \"points\": [{\"text\": \"a\", \"txt\": \"b\"}]}|points[0].txt",
            "{\"label\": \"x\", \"sources\": [{\"url\": \"javascript:alert(1)\"}], \"points\": [{\"text\": \"a\"}]}|sources[0].url",
            "{\"label\": \"x\", \"points\": [{\"text\": \"a\", \"sourceRefs\": [\"data:text/html,x\"]}]}|points[0].sourceRefs[0]",
            "{\"points\": [{\"text\": \"a\"}]}|label",
            "{\"label\": \"x\", \"points\": []}|points",
            "[1, 2]|body",
            "{\"label\": \"x\", \"label\": \"y\", \"points\": [{\"text\": \"a\"}]}|line 1",
    })
    void badDraftsNameWhereTheProblemIs(String json, String where) {
        assertThatThrownBy(() -> JsonDraftReader.read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DraftRejected.class)
                .satisfies(e -> assertThat(((DraftRejected) e).where()).startsWith(where));
    }

    @Test
    void invalidUtf8IsRejectedNotGarbled() {
        var bytes = "{\"label\": \"x\", \"points\": [{\"text\": \"caf\u00e9\"}]}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> JsonDraftReader.read(bytes)).isInstanceOf(DraftRejected.class);
    }
}
