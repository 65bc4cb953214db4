package org.redline.history.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.javers.core.Javers;
import org.redline.version.VersionMetadataCorrected;
import org.redline.version.PointStatus;
import org.redline.version.VersionSummary;
import org.redline.version.VersionView;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Commits each recorded version to Javers: one commit per version (one more per further
 * {@value #POINTS_PER_COMMIT} changed points), authored by the editor, carrying the document, version
 * number and ref as commit properties. Called by {@link AuditDrain} after the recording transaction, in
 * version order; a metadata correction's commit is made in the correction's transaction.
 */
@Component
public class AuditTrail {

    public static final String DOCUMENT = "document";
    public static final String VERSION = "version";
    public static final String REF = "ref";
    /** {@code record} for a recorded version; other kinds (metadata corrections) carry a reason. */
    public static final String KIND = "kind";
    public static final String RECORD = "record";
    static final String CORRECTION = "correction";
    public static final String REASON = "reason";
    /**
     * When a correction was made, by the service's clock: the same as the commit's date for a correction
     * made here, the original time for one restored from a history file (Javers dates commits itself).
     */
    static final String CORRECTED_AT = "correctedAt";
    static final String ORIGINAL_CORRECTED_BY = "originalCorrectedBy";
    static final String ORIGINAL_CORRECTED_AT = "originalCorrectedAt";
    /**
     * Changed points per Javers commit (see {@link RecordingPart}); most versions need one commit. A commit
     * costs the square of its size, so smaller commits make a big version's audit cheaper (measured in
     * docs/benchmarks.md); the change log reads a version's commits together, so it shows the same.
     */
    static final int POINTS_PER_COMMIT = 100;

    private final Javers javers;
    private final PointHeads heads;
    private final AuditCommits commits;

    AuditTrail(Javers javers, PointHeads heads, AuditCommits commits) {
        this.javers = javers;
        this.heads = heads;
        this.commits = commits;
    }

    /** Audits a recorded version: its metadata and the stated points whose state Javers does not hold yet. */
    void record(VersionView recorded) {
        var document = recorded.document();
        var known = heads.of(document);
        var changed = new ArrayList<PointAudit>();
        var changedHeads = new HashMap<String, String>();
        for (var point : recorded.points()) {
            if (point.status() == PointStatus.UNKNOWN) {
                continue; // a point the version does not state (a partial draft's gap)
            }
            var audit = PointAudit.of(document, point);
            var fingerprint = PointHeads.fingerprint(audit);
            if (!fingerprint.equals(known.get(point.key()))) {
                changed.add(audit);
                changedHeads.put(point.key(), fingerprint);
            }
        }
        var version = recorded.summary();
        var audit = new VersionAudit(document, version);
        var properties = properties(document, version);
        int firstPart = Math.min(changed.size(), POINTS_PER_COMMIT);
        var commit = javers.commit(version.recordedBy(), new Recording(audit, changed.subList(0, firstPart)), properties);
        commits.save(document, version.number(), commit.getId().valueAsNumber());
        for (int from = firstPart, part = 1; from < changed.size(); from += POINTS_PER_COMMIT, part++) {
            var points = changed.subList(from, Math.min(changed.size(), from + POINTS_PER_COMMIT));
            var more = javers.commit(version.recordedBy(), new RecordingPart(audit.id(), part, points), properties);
            commits.save(document, version.number(), more.getId().valueAsNumber());
        }
        heads.save(document, changedHeads, known);
    }

    /** One commit per metadata correction: the version's new metadata, authored by the editor, with the reason. */
    @EventListener
    void on(VersionMetadataCorrected event) {
        var properties = properties(event.document(), event.version());
        properties.put(KIND, CORRECTION);
        properties.put(REASON, event.reason());
        properties.put(CORRECTED_AT, event.at().toString());
        if (event.original() != null) {
            if (event.original().recordedBy() != null) {
                properties.put(ORIGINAL_CORRECTED_BY, event.original().recordedBy());
            }
            if (event.original().recordedAt() != null) {
                properties.put(ORIGINAL_CORRECTED_AT, event.original().recordedAt().toString());
            }
        }
        javers.commit(event.editor(), new VersionAudit(event.document(), event.version()), properties);
    }

    private static Map<String, String> properties(String document, VersionSummary version) {
        var properties = new HashMap<String, String>();
        properties.put(DOCUMENT, document);
        properties.put(VERSION, Integer.toString(version.number()));
        properties.put(KIND, RECORD);
        if (version.ref() != null) {
            properties.put(REF, version.ref());
        }
        return properties;
    }
}
