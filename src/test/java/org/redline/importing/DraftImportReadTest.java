package org.redline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redline.importing.internal.DraftFormat;
import org.redline.importing.internal.DraftUpload;
import org.redline.importing.internal.UnsupportedDraftFormat;
import org.redline.version.DraftRejected;
import org.redline.version.VersionStatus;

/** Reading what an editor sends: format, front matter, metadata parameters, overrides, errors. */
class DraftImportReadTest {

    private static final String TEXT = "1. Sovereignty is confirmed.\n2. Elections within 100 days.\n";
    private static final String TABLE = "| Point | Summary |\n|---|---|\n| 1 | Sovereignty is confirmed. |\n";

    private static DraftImport.Parsed read(String body, String contentType, String filename, Map<String, List<String>> parameters) {
        return DraftImport.read(new DraftUpload(body.getBytes(StandardCharsets.UTF_8), contentType, filename, parameters));
    }

    private static DraftImport.Parsed read(String body, String contentType) {
        return read(body, contentType, null, Map.of("label", List.of("A draft")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(nullValues = "-", value = {
            "application/json, -, JSON",
            "application/vnd.redline+json, -, JSON",
            "text/markdown; charset=utf-8, -, MARKDOWN",
            "text/x-markdown, -, MARKDOWN",
            "-, draft.md, MARKDOWN",
            "application/octet-stream, draft.txt, TEXT",
            "-, draft.json, JSON",
    })
    void theFormatComesFromTheContentTypeThenTheFileName(String contentType, String filename, DraftFormat format) {
        var body = format == DraftFormat.JSON ? "{\"label\": \"x\", \"points\": [{\"text\": \"a\"}]}" : format == DraftFormat.MARKDOWN ? TABLE : TEXT;
        assertThat(read(body, contentType, filename, Map.of("label", List.of("x"))).format()).isEqualTo(format);
    }

    @Test
    void withoutAUsefulTypeTheBodyTellsAndTextPlainMayHoldATable() {
        assertThat(read("{\"label\": \"x\", \"points\": [{\"text\": \"a\"}]}", null).format()).isEqualTo(DraftFormat.JSON);
        assertThat(read("Intro\n\n" + TABLE, null).format()).isEqualTo(DraftFormat.MARKDOWN);
        assertThat(read(TEXT, "application/octet-stream").format()).isEqualTo(DraftFormat.TEXT);
        assertThat(read(TABLE, "text/plain").format()).isEqualTo(DraftFormat.MARKDOWN);
        assertThat(read(TEXT, "text/plain").format()).isEqualTo(DraftFormat.TEXT);
    }

    @Test
    void aBodyOfNoKnownShapeOrAnUnknownTypeIsUnsupported() {
        assertThatThrownBy(() -> read("just some prose", null)).isInstanceOf(UnsupportedDraftFormat.class)
                .hasMessageContaining("cannot tell");
        assertThatThrownBy(() -> read("<draft/>", "application/xml")).isInstanceOf(UnsupportedDraftFormat.class)
                .hasMessageContaining("application/xml");
    }

    @Test
    void frontMatterGivesTheMetadataAndQueryParametersWin() {
        var body = """
                ---
                id: us-ua-20pt-2025-12-23
                label: "US-Ukraine 20-point framework"
                draftDate: 2025-12-23
                status: reported
                partial: true
                derivedFrom: us-28pt-2025-11-20
                source: Kyiv Independent https://kyivindependent.com/20-points
                source: https://example.org/other
                note: read out by Zelensky
                ---
                Preamble.

                1. Sovereignty is confirmed.
                """;
        var draft = read(body, "text/plain", null, Map.of("status", List.of("official"))).draft();
        assertThat(draft.ref()).isEqualTo("us-ua-20pt-2025-12-23");
        assertThat(draft.label()).isEqualTo("US-Ukraine 20-point framework");
        assertThat(draft.draftDate()).isEqualTo(LocalDate.of(2025, 12, 23));
        assertThat(draft.status()).isEqualTo(VersionStatus.OFFICIAL);
        assertThat(draft.partial()).isTrue();
        assertThat(draft.derivedFrom()).isEqualTo("us-28pt-2025-11-20");
        assertThat(draft.sources()).extracting(s -> s.outlet() + " " + s.url())
                .containsExactly("Kyiv Independent https://kyivindependent.com/20-points", "null https://example.org/other");
        assertThat(draft.note()).isEqualTo("read out by Zelensky");
    }

    @Test
    void queryMetadataAppliesToJsonToo() {
        var json = "{\"label\": \"x\", \"points\": [{\"number\": 1, \"text\": \"a\"}, {\"number\": 2, \"text\": \"b\", \"new\": true}]}";
        var parsed = read(json, "application/json", null, Map.of("derivedFrom", List.of("3"), "keys", List.of("1:sovereignty")));
        assertThat(parsed.draft().derivedFrom()).isEqualTo("3");
        assertThat(parsed.draft().points().get(0).key()).isEqualTo("sovereignty");
        assertThat(parsed.markedNew()).containsExactly(1);
    }

    @Test
    void keysOverridesNameAKeyOrNewByNumberOrPlace() {
        var parsed = read(TEXT + "2a. A sub-point.\n", "text/plain", null,
                Map.of("label", List.of("x"), "keys", List.of("1:sovereignty, 2a:new", "#2:elections")));
        assertThat(parsed.draft().points()).extracting(p -> p.key()).containsExactly("sovereignty", "elections", null);
        assertThat(parsed.markedNew()).containsExactly(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no label|1. a||label|front-matter line 'label",
            "bad date in front matter|---\\nlabel: x\\ndraftDate: 23/12/2025\\n---\\n1. a||line 3|ISO date",
            "unknown front-matter field|---\\nlabel: x\\nauthor: me\\n---\\n1. a||line 3|unknown front-matter field",
            "front matter never closed|---\\nlabel: x\\n1. a||line 3|to close it",
            "front matter never closed at the end|---\\nlabel: x\\n||line 1|never closed",
            "front-matter line without a colon|---\\nlabel x\\n---\\n1. a||line 2|name: value",
            "duplicate numbers|---\\nlabel: x\\n---\\nIntro\\n1. a\\n2. b\\n1. c||line 7|appears twice",
            "a point without text|---\\nlabel: x\\n---\\n1. a\\n2.\\n\\nClosing words.||line 5|has no text",
            "bad status parameter|1. a|status=maybe|status|leaked, reported, official",
            "bad ref parameter|1. a|id=Not A Ref|id|lowercase",
            "keys for a missing number|1. a|keys=9:x|keys|no point numbered 9",
            "keys with a bad key|1. a|keys=1:Bad Key|keys|not a key",
            "unknown parameter|1. a|lable=x|lable|unknown parameter",
            "bad source|1. a|source=Outlet javascript:alert(1)|source|http",
    })
    void errorsNameTheLineOrParameterAndWhatWasExpected(String name, String body, String parameter, String where, String reason) {
        var parameters = new java.util.HashMap<String, List<String>>();
        if (parameter != null) {
            var pair = parameter.split("=", 2);
            parameters.put(pair[0], List.of(pair[1]));
        }
        if (!body.contains("label:") && !parameters.containsKey("label") && !name.equals("no label")) {
            parameters.put("label", List.of("x"));
        }
        assertThatThrownBy(() -> read(body.replace("\\n", "\n"), "text/plain", null, parameters))
                .isInstanceOf(DraftRejected.class)
                .satisfies(e -> {
                    assertThat(((DraftRejected) e).where()).startsWith(where);
                    assertThat(((DraftRejected) e).reason()).contains(reason);
                });
    }

    @Test
    void anEmptyBodyOrInvalidUtf8IsRejected() {
        assertThatThrownBy(() -> DraftImport.read(new DraftUpload(new byte[0], "text/plain", null, Map.of())))
                .isInstanceOf(DraftRejected.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> DraftImport.read(new DraftUpload("1. caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), "text/plain", null, Map.of())))
                .isInstanceOf(DraftRejected.class).hasMessageContaining("UTF-8");
    }
}
