package org.redline.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import org.redline.history.VersionCorrection;
import org.redline.version.Draft;
import org.redline.version.DraftPoint;
import org.redline.version.DraftRejected;
import org.redline.version.Knowledge;
import org.redline.version.MetadataCorrection;
import org.redline.version.PointStatus;
import org.redline.version.PointView;
import org.redline.version.Source;
import org.redline.version.VersionKind;
import org.redline.version.VersionStatus;
import org.redline.version.VersionView;

/** Between a version (with its corrections) and its entry in a history file, both ways. */
final class HistoryEntries {

    private HistoryEntries() {
    }

    static HistoryFile.VersionEntry of(VersionView version, List<VersionCorrection> corrections) {
        var s = version.summary();
        return new HistoryFile.VersionEntry(s.number(), s.ref(), s.label(), s.draftDate(), s.reportedDate(),
                s.status().code(), s.partial(), s.derivedFrom() == null ? null : s.derivedFrom().number(),
                sources(s.sources()), s.note(), s.imported() == null ? s.recordedBy() : s.imported().recordedBy(),
                s.imported() == null ? s.recordedAt() : s.imported().recordedAt(), statedPoints(version),
                s.knowledge().kind().code(), s.knowledge().reportedPointCount(), s.knowledge().uncertain(),
                corrections.stream().map(c -> new HistoryFile.CorrectionEntry(
                        c.original() == null ? c.editor() : c.original().recordedBy(),
                        c.original() == null ? c.at() : c.original().recordedAt(), c.reason(),
                        metadata(c.before()), metadata(c.after()))).toList());
    }

    /** The version's metadata as the file gives it now. */
    static HistoryFile.MetadataEntry currentMetadata(HistoryFile.VersionEntry entry) {
        return new HistoryFile.MetadataEntry(entry.label(), entry.draftDate(), entry.reportedDate(), entry.status(),
                entry.sources(), entry.note());
    }

    /** The draft that recorded the version: its points, and its metadata as it was before any correction. */
    static Draft draft(HistoryFile.VersionEntry entry, HistoryFile.MetadataEntry recorded) {
        var points = new ArrayList<DraftPoint>();
        var list = entry.points() == null ? List.<HistoryFile.PointEntry>of() : entry.points();
        for (int i = 0; i < list.size(); i++) {
            var p = list.get(i);
            try {
                if (p.key() == null) {
                    throw new DraftRejected("key", "every exported point has a key");
                }
                points.add(new DraftPoint(p.key(), p.number(), p.category(), p.text(),
                        p.status() == null ? null : PointStatus.parseDraftStatus(p.status()), p.sourceRefs(), p.note(),
                        p.mergedFrom(), p.splitFrom()));
            } catch (DraftRejected e) {
                throw e.inside("points[" + i + "]");
            } catch (IllegalArgumentException e) {
                throw new DraftRejected("points[" + i + "].status", e.getMessage());
            }
        }
        return new Draft(entry.ref(), recorded.label(), recorded.draftDate(), recorded.reportedDate(), status(recorded),
                entry.partial(), entry.derivedFrom() == null ? null : entry.derivedFrom().toString(), sources(recorded),
                recorded.note(), points, knowledge(entry));
    }

    private static Knowledge knowledge(HistoryFile.VersionEntry entry) {
        try {
            return new Knowledge(entry.kind() == null ? null : VersionKind.parse(entry.kind()), entry.reportedPointCount(),
                    Boolean.TRUE.equals(entry.uncertain()));
        } catch (IllegalArgumentException e) {
            throw new DraftRejected("kind", e.getMessage());
        }
    }

    /** A correction that sets every field to what the file says it was after. */
    static MetadataCorrection correction(HistoryFile.MetadataEntry after) {
        return MetadataCorrection.ofAll(after.label(), after.draftDate(), after.reportedDate(), status(after),
                sources(after), after.note());
    }

    private static VersionStatus status(HistoryFile.MetadataEntry metadata) {
        return metadata.status() == null ? null : VersionStatus.parse(metadata.status());
    }

    private static List<Source> sources(HistoryFile.MetadataEntry metadata) {
        return metadata.sources() == null ? List.of()
                : metadata.sources().stream().map(s -> new Source(s.outlet(), s.url())).toList();
    }

    private static List<HistoryFile.SourceEntry> sources(List<Source> sources) {
        return sources.stream().map(src -> new HistoryFile.SourceEntry(src.outlet(), src.url())).toList();
    }

    private static HistoryFile.MetadataEntry metadata(VersionCorrection.Metadata m) {
        return new HistoryFile.MetadataEntry(m.label(), m.draftDate(), m.reportedDate(), m.status().code(),
                sources(m.sources()), m.note());
    }

    private static List<HistoryFile.PointEntry> statedPoints(VersionView version) {
        return version.points().stream().filter(PointView::listed)
                // a reported change is stored unknown; written without a status it reads back as one
                .map(p -> new HistoryFile.PointEntry(p.key(), p.number(), p.category(), p.text(),
                        p.status() == PointStatus.UNKNOWN ? null : p.status().code(),
                        p.sourceRefs(), p.note(), p.mergedFrom(), p.splitFrom()))
                .toList();
    }
}
