package org.redline.history.internal;

import java.util.List;
import org.javers.core.metamodel.annotation.Id;
import org.javers.core.metamodel.annotation.TypeName;

/**
 * The root Javers commits for one recorded version: the version's metadata and only the points whose
 * state differs from what Javers last recorded for them, so a commit costs what the change costs.
 *
 * <p>An entity with an id of its own per version: Javers finds its (absent) previous state by an
 * indexed id, where a value-object root shares one id across all recordings and makes every commit
 * look up the latest of an ever-growing list of snapshots. (Recordings before this change were stored
 * under the value-object type "Recording"; nothing reads them back.)
 */
@TypeName("VersionRecording")
public class Recording {

    @Id
    private final String id;
    private final VersionAudit version;
    private final List<PointAudit> changedPoints;

    public Recording(VersionAudit version, List<PointAudit> changedPoints) {
        this.id = version.id();
        this.version = version;
        this.changedPoints = changedPoints;
    }
}
