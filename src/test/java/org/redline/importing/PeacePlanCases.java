package org.redline.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.redline.importing.internal.DraftUpload;
import org.redline.version.Draft;
import org.redline.version.DraftPoint;
import org.redline.version.PointView;

/**
 * The peace-plan cases of {@code fixtures/alignment/} read as the import reads them, for the alignment
 * evaluation (which lives beside the alignment's insides): the 28-point seed keyed by category, and
 * a case's numbered-text draft. Without titles, categories are dropped on both sides.
 */
public final class PeacePlanCases {

    private PeacePlanCases() {
    }

    public static List<PointView> seed(boolean withTitles) {
        return AlignmentFixturesTest.seed().stream().map(p -> withTitles ? p : new PointView(p.key(), p.number(), null, p.text(),
                p.status(), p.listed(), p.sourceRefs(), p.note(), p.position())).toList();
    }

    public static Draft draft(Path dir, boolean partial, boolean withTitles) {
        try {
            var upload = new DraftUpload(Files.readAllBytes(dir.resolve("draft.txt")), "text/plain", "draft.txt",
                    Map.of("label", List.of(dir.getFileName().toString()), "partial", List.of(Boolean.toString(partial))));
            var draft = DraftImport.read(upload).draft();
            return withTitles ? draft : draft.withPoints(draft.points().stream().map(p -> new DraftPoint(p.key(), p.number(), null,
                    p.text(), p.status(), p.sourceRefs(), p.note())).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
