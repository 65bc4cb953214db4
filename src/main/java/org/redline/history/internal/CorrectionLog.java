package org.redline.history.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.javers.core.Javers;
import org.javers.core.commit.CommitMetadata;
import org.javers.core.diff.changetype.InitialValueChange;
import org.javers.core.diff.changetype.PropertyChange;
import org.javers.core.metamodel.object.CdoSnapshot;
import org.javers.repository.jql.QueryBuilder;
import org.redline.history.VersionCorrection;
import org.redline.version.Source;
import org.redline.version.VersionStatus;
import org.springframework.stereotype.Component;

/** Reads the metadata corrections back from the audit log: commits of kind {@code correction}. */
@Component
public class CorrectionLog {

    private final Javers javers;

    CorrectionLog(Javers javers) {
        this.javers = javers;
    }

    /** One version's corrections field by field, newest first (recording the version is not a correction). */
    public List<AuditChange> ofVersion(String document, int version) {
        var changes = javers.findChanges(QueryBuilder.byInstanceId(VersionAudit.globalId(document, version), VersionAudit.class)
                .withCommitProperty(AuditTrail.DOCUMENT, document).build());
        var result = new ArrayList<AuditChange>();
        for (var change : changes) {
            var metadata = change.getCommitMetadata().orElseThrow();
            var reason = metadata.getProperties().get(AuditTrail.REASON);
            if (reason == null || !(change instanceof PropertyChange<?> property) || change instanceof InitialValueChange) {
                continue;
            }
            result.add(new AuditChange("v" + version, "metadata", property.getPropertyName(), property.getLeft(),
                    property.getRight(), metadata.getAuthor(), correctedAt(metadata), version,
                    metadata.getProperties().get(AuditTrail.REF), reason));
        }
        return result;
    }

    /**
     * Every corrected version of a document with its corrections, oldest first, each with the whole
     * metadata before and after. One query finds the corrected versions (usually few), one per such
     * version reads its states.
     */
    public Map<Integer, List<VersionCorrection>> ofDocument(String document) {
        var corrected = new TreeSet<Integer>();
        javers.findSnapshots(QueryBuilder.byClass(VersionAudit.class).limit(Integer.MAX_VALUE)
                        .withCommitProperty(AuditTrail.DOCUMENT, document)
                        .withCommitProperty(AuditTrail.KIND, AuditTrail.CORRECTION).build())
                .forEach(s -> corrected.add(Integer.valueOf(s.getCommitMetadata().getProperties().get(AuditTrail.VERSION))));
        var result = new TreeMap<Integer, List<VersionCorrection>>();
        for (int version : corrected) {
            var states = new ArrayList<>(javers.findSnapshots(QueryBuilder.byInstanceId(VersionAudit.globalId(document, version),
                    VersionAudit.class).limit(Integer.MAX_VALUE).withCommitProperty(AuditTrail.DOCUMENT, document).build()));
            states.sort(Comparator.comparingLong(CdoSnapshot::getVersion));
            var corrections = new ArrayList<VersionCorrection>();
            for (int i = 1; i < states.size(); i++) {
                var commit = states.get(i).getCommitMetadata();
                if (AuditTrail.CORRECTION.equals(commit.getProperties().get(AuditTrail.KIND))) {
                    corrections.add(new VersionCorrection(commit.getAuthor(), correctedAt(commit),
                            commit.getProperties().get(AuditTrail.REASON), metadata(states.get(i - 1)), metadata(states.get(i)),
                            original(commit)));
                }
            }
            result.put(version, corrections);
        }
        return result;
    }

    private static org.redline.version.Provenance original(CommitMetadata commit) {
        var by = commit.getProperties().get(AuditTrail.ORIGINAL_CORRECTED_BY);
        var at = commit.getProperties().get(AuditTrail.ORIGINAL_CORRECTED_AT);
        return by == null && at == null ? null : new org.redline.version.Provenance(by, at == null ? null : Instant.parse(at));
    }

    private static Instant correctedAt(CommitMetadata commit) {
        var at = commit.getProperties().get(AuditTrail.CORRECTED_AT);
        return at == null ? commit.getCommitDateInstant() : Instant.parse(at);
    }

    /** The metadata a {@link VersionAudit} snapshot holds, typed again (sources were audited as "outlet <url>"). */
    private static VersionCorrection.Metadata metadata(CdoSnapshot state) {
        var sources = new ArrayList<Source>();
        if (state.getPropertyValue("sources") instanceof List<?> audited) {
            for (var entry : audited) {
                sources.add(source(entry.toString()));
            }
        }
        return new VersionCorrection.Metadata((String) state.getPropertyValue("label"), date(state, "draftDate"),
                date(state, "reportedDate"), VersionStatus.parse((String) state.getPropertyValue("status")), sources,
                (String) state.getPropertyValue("note"));
    }

    /** A URL holds no spaces or angle brackets, so the last " <" starts the URL when there is an outlet. */
    private static Source source(String audited) {
        int open = audited.lastIndexOf(" <");
        if (open > 0 && audited.endsWith(">")) {
            return new Source(audited.substring(0, open), audited.substring(open + 2, audited.length() - 1));
        }
        return new Source(null, audited);
    }

    private static LocalDate date(CdoSnapshot state, String property) {
        var value = state.getPropertyValue(property);
        return value == null ? null : LocalDate.parse(value.toString());
    }
}
