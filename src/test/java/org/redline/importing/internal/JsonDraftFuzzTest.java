package org.redline.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.redline.fuzz.HostileDrafts;
import org.redline.version.DraftRejected;

/** Whatever bytes arrive, the JSON reader either returns a valid draft or says what is wrong. */
class JsonDraftFuzzTest {

    static Stream<HostileDrafts.Case> hostile() {
        return HostileDrafts.generate(20251120L, 2_000).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void readsOrRejectsWithALocation(HostileDrafts.Case input) {
        try {
            var draft = JsonDraftReader.read(input.body());
            assertThat(draft.points()).isNotEmpty();
        } catch (DraftRejected rejected) {
            assertThat(rejected.where()).isNotBlank();
            assertThat(rejected.reason()).isNotBlank();
        }
    }
}
