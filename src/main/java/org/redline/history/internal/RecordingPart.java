package org.redline.history.internal;

import java.util.List;
import org.javers.core.metamodel.annotation.Id;
import org.javers.core.metamodel.annotation.TypeName;

/**
 * A further Javers commit of one recorded version's changed points, when they are more than
 * {@link AuditTrail#POINTS_PER_COMMIT}: Javers pairs each committed object with its latest snapshot by
 * a linear search, so one commit of n changed points costs n squared (a 20,000-point rewrite took
 * minutes under the document lock). The version's metadata is only in the first commit ({@link Recording}).
 */
@TypeName("VersionRecordingPart")
class RecordingPart {

    @Id
    private final String id;
    private final List<PointAudit> changedPoints;

    RecordingPart(String versionId, int part, List<PointAudit> changedPoints) {
        this.id = versionId + "#" + part;
        this.changedPoints = changedPoints;
    }
}
