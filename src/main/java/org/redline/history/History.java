package org.redline.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.javers.core.Javers;
import org.javers.core.diff.Change;
import org.javers.core.diff.changetype.InitialValueChange;
import org.javers.core.diff.changetype.NewObject;
import org.javers.core.diff.changetype.PropertyChange;
import org.javers.core.metamodel.object.CdoSnapshot;
import org.javers.core.metamodel.object.InstanceId;
import org.javers.repository.jql.QueryBuilder;
import org.redline.history.internal.AuditChange;
import org.redline.history.internal.AuditCommits;
import org.redline.history.internal.AuditDrain;
import org.redline.history.internal.AuditTrail;
import org.redline.history.internal.ChangeFilter;
import org.redline.history.internal.ChangeLogPage;
import org.redline.history.internal.CorrectionLog;
import org.redline.history.internal.PointAudit;
import org.redline.history.internal.PointHistory;
import org.redline.history.internal.VersionAudit;
import org.redline.version.PointComparison;
import org.redline.version.PointReads;
import org.redline.version.PointState;
import org.redline.version.VersionIntegrity;
import org.redline.version.VersionTimeline;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The history feature's one entry: a point across versions, and the audit log of changes. */
@Service
public class History {

    private final Javers javers;
    private final VersionTimeline versions;
    private final PointReads pointReads;
    private final VersionIntegrity integrity;
    private final AuditCommits commits;
    private final CorrectionLog corrections;
    private final AuditDrain pending;

    History(Javers javers, VersionTimeline versions, PointReads pointReads, VersionIntegrity integrity, AuditCommits commits,
            CorrectionLog corrections, AuditDrain pending) {
        this.javers = javers;
        this.versions = versions;
        this.pointReads = pointReads;
        this.integrity = integrity;
        this.commits = commits;
        this.corrections = corrections;
        this.pending = pending;
    }

    @Transactional(readOnly = true)
    public PointHistory ofPoint(String document, String key) {
        return ofPoint(document, key, 0, PointHistory.MAX_PAGE);
    }

    /**
     * One page of the point's history: versions numbered {@code page*size+1} onwards. Reads only that
     * page's rows, its parents' rows and its audit entries, so a page costs the same at version 10 or
     * 10,000.
     */
    @Transactional(readOnly = true)
    public PointHistory ofPoint(String document, String key, int page, int size) {
        pending.drainNow(document); // every read of the audit log sees the versions recorded before it
        // long arithmetic: a page past the end is an empty page, never (by int overflow) page 0
        int first = (int) Math.min((long) page * size + 1, Integer.MAX_VALUE - size);
        var found = pointReads.pointInVersions(document, key, first, first + size - 1);
        if (!found.known()) {
            throw new PointNotFound(document, key);
        }
        var changesByVersion = new HashMap<Integer, List<AuditChange>>();
        var commitIds = commits.ofVersions(document, first, first + size - 1);
        if (!found.rows().isEmpty() && !commitIds.isEmpty()) {
            var states = javers.findSnapshots(QueryBuilder.byInstanceId(PointAudit.globalId(document, key), PointAudit.class)
                    .withCommitIds(commitIds).limit(commitIds.size()).build()); // at most one state per version
            for (var state : states) {
                for (var change : toAuditChanges(changesOf(state))) {
                    changesByVersion.computeIfAbsent(change.version(), v -> new ArrayList<>()).add(change);
                }
            }
        }
        var entries = new ArrayList<PointHistory.Entry>();
        for (var row : found.rows()) {
            var version = row.version();
            var parent = version.derivedFrom() == null ? null : found.parents().get(version.derivedFrom().number());
            var change = row.point() == null && parent == null ? null : PointComparison.classify(parent, row.point());
            entries.add(new PointHistory.Entry(version, PointState.of(row.point()), row.point(), change,
                    changesByVersion.getOrDefault(version.number(), List.of())));
        }
        return new PointHistory(document, key, entries, page, size);
    }

    /** How far back the change log pages reach, in point states: deeper pages would read too much. */
    public static final int CHANGE_LOG_DEPTH = 10_000;
    /** Most versions whose commits one change-log query names. */
    private static final int MAX_WINDOW = 1_000;

    /**
     * The audit log of a document, newest first, one page of point states at a time. Reads the newest
     * versions' commits first, in growing windows, until the page is full: a page costs what its
     * changes cost, however long the history (a rare filter may read further back to fill it).
     */
    @Transactional(readOnly = true)
    public ChangeLogPage changes(String document, ChangeFilter filter, int page, int size) {
        int latest = versions.latestNumber(document); // also: no such document, no log
        pending.drainNow(document);
        int oldest = filter.version() == null ? 1 : filter.version();
        int newest = filter.version() == null ? latest : Math.min(filter.version(), latest);
        if (((long) page + 1) * size > CHANGE_LOG_DEPTH) {
            throw new IllegalArgumentException("the change log reaches back " + CHANGE_LOG_DEPTH
                    + " point states; filter by version or key to read older changes");
        }
        int wanted = (page + 1) * size + 1; // one more than the page, to know whether another follows
        var states = new ArrayList<CdoSnapshot>(); // point states, newest first
        for (int window = Math.max(size, 16), last = newest; last >= oldest && states.size() < wanted;
                window = Math.min(window * 2, MAX_WINDOW)) {
            int first = Math.max(oldest, last - window + 1);
            var commitIds = commits.ofVersions(document, first, last);
            if (!commitIds.isEmpty()) {
                states.addAll(javers.findSnapshots(query(document, filter).withCommitIds(commitIds)
                        .limit(wanted - states.size()).build()));
            }
            last = first - 1;
        }
        // only the page's states are turned into changes: each costs a lookup of the state before it
        var pageStates = states.stream().skip((long) page * size).limit(size).map(s -> toAuditChanges(changesOf(s))).toList();
        var items = pageStates.stream().flatMap(List::stream)
                // Javers selects the point states where the field changed; keep only that field's changes.
                .filter(c -> filter.field() == null || filter.field().equals(c.field()))
                .toList();
        return new ChangeLogPage(items, page, size, states.size() > (page + 1) * size);
    }

    /**
     * The metadata corrections of one version, newest first: each changed field with its old and new
     * value, the editor who corrected it and the reason given. Recording the version is not a correction.
     */
    @Transactional(readOnly = true)
    public List<AuditChange> corrections(String document, int version) {
        pending.drainNow(document);
        return corrections.ofVersion(document, version);
    }

    /** Every corrected version's corrections, oldest first, with the whole metadata before and after each. */
    @Transactional(readOnly = true)
    public Map<Integer, List<VersionCorrection>> corrections(String document) {
        pending.drainNow(document);
        return corrections.ofDocument(document);
    }

    /**
     * Javers' changes of one point state. Asked for several states at once, Javers reads their previous
     * states with one OR of (object, version) pairs, which no index serves: every snapshot would be read.
     * One state's previous state is an indexed lookup.
     */
    private List<Change> changesOf(CdoSnapshot state) {
        var id = ((InstanceId) state.getGlobalId()).getCdoId();
        return javers.findChanges(QueryBuilder.byInstanceId(id, PointAudit.class).withVersion(state.getVersion()).build());
    }

    private static QueryBuilder query(String document, ChangeFilter filter) {
        var query = filter.key() != null
                ? QueryBuilder.byInstanceId(PointAudit.globalId(document, filter.key()), PointAudit.class)
                : QueryBuilder.byClass(PointAudit.class); // the commit ids asked for are the document's
        if (filter.field() != null) {
            query.withChangedProperty(filter.field());
        }
        if (filter.author() != null) {
            query.byAuthor(filter.author());
        }
        return query;
    }

    /**
     * Checks a document end to end: gap-free numbers and content hashes (the version feature's own
     * check), exactly one audit commit per version, and the audit log's latest state of every point
     * equal to the state the versions last gave it.
     */
    @Transactional(readOnly = true)
    public IntegrityReport verify(String document) {
        pending.drainNow(document);
        var problems = new ArrayList<>(integrity.verify(document));
        var versionCount = (int) versions.timeline(document, 0, 1).totalItems();

        var commitsPerVersion = new HashMap<String, Integer>();
        // explicit limits: Javers returns 100 snapshots unless told otherwise, and verify reads them all
        var recordings = javers.findSnapshots(QueryBuilder.byClass(VersionAudit.class).limit(Integer.MAX_VALUE)
                .withCommitProperty(AuditTrail.DOCUMENT, document)
                .withCommitProperty(AuditTrail.KIND, AuditTrail.RECORD).build());
        var commitIds = new java.util.HashSet<java.math.BigDecimal>();
        for (var snapshot : recordings) {
            commitIds.add(snapshot.getCommitId().valueAsNumber());
            commitsPerVersion.merge(snapshot.getCommitMetadata().getProperties().get(AuditTrail.VERSION), 1, Integer::sum);
        }
        for (int number = 1; number <= versionCount; number++) {
            int commits = commitsPerVersion.getOrDefault(Integer.toString(number), 0);
            if (commits != 1) {
                problems.add("version " + number + ": " + commits + " audit commits, expected exactly 1");
            }
        }
        if (commitsPerVersion.size() > versionCount) {
            problems.add("the audit log records " + commitsPerVersion.size() + " versions but there are " + versionCount);
        }

        var latestAudited = new HashMap<String, org.javers.core.metamodel.object.CdoSnapshot>();
        for (var snapshot : javers.findSnapshots(QueryBuilder.byClass(PointAudit.class).limit(Integer.MAX_VALUE)
                .withCommitProperty(AuditTrail.DOCUMENT, document).build())) {
            var id = snapshot.getGlobalId().value();
            var known = latestAudited.get(id);
            if (known == null || snapshot.getVersion() > known.getVersion()) {
                latestAudited.put(id, snapshot);
            }
        }
        var stated = pointReads.lastStatedPoints(document);
        for (var entry : stated.entrySet()) {
            var snapshot = latestAudited.remove(PointAudit.TYPE + "/" + PointAudit.globalId(document, entry.getKey()));
            if (snapshot == null) {
                problems.add("point " + entry.getKey() + ": missing from the audit log");
            } else if (!PointAudit.of(document, entry.getValue()).stateFingerprint().equals(PointAudit.fingerprintOf(snapshot))) {
                problems.add("point " + entry.getKey() + ": the audit log's latest state differs from the versions'");
            }
        }
        latestAudited.keySet().forEach(id -> problems.add("audit log has " + id + " which no version states"));
        int indexed = commits.count(document);
        if (indexed != versionCount) {
            problems.add("the commit index holds " + indexed + " versions but there are " + versionCount);
        }
        return new IntegrityReport(document, versionCount, commitIds.size(), problems);
    }

    private static List<AuditChange> toAuditChanges(List<Change> changes) {
        return changes.stream().flatMap(change -> toAuditChange(change).stream()).toList();
    }

    /** The change as the log shows it; empty for what it does not show (the id "changing" on a new point). */
    private static java.util.Optional<AuditChange> toAuditChange(Change change) {
        var metadata = change.getCommitMetadata().orElseThrow();
        Map<String, String> properties = metadata.getProperties();
        var versionProperty = properties.get(AuditTrail.VERSION);
        var localId = change.getAffectedLocalId().toString();
        var key = localId.substring(localId.indexOf('/') + 1);
        String kind;
        String field = null;
        Object before = null;
        Object after = null;
        if (change instanceof NewObject) {
            kind = "point-added";
        } else if (change instanceof PropertyChange<?> propertyChange && !propertyChange.getPropertyName().equals("id")) {
            kind = change instanceof InitialValueChange ? "initial" : "changed";
            field = propertyChange.getPropertyName();
            before = propertyChange.getLeft();
            after = propertyChange.getRight();
        } else {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new AuditChange(key, kind, field, before, after, metadata.getAuthor(),
                metadata.getCommitDateInstant(), versionProperty == null ? null : Integer.valueOf(versionProperty),
                properties.get(AuditTrail.REF), properties.get(AuditTrail.REASON)));
    }
}
