package org.redline.history;

import java.util.List;
import org.javers.core.metamodel.annotation.TypeName;
import org.javers.core.metamodel.annotation.ValueObject;

/**
 * The root Javers commits for one recorded version: the version's metadata and only the points whose
 * state differs from what Javers last recorded for them, so a commit costs what the change costs.
 */
@ValueObject
@TypeName("Recording")
class Recording {

    private final VersionAudit version;
    private final List<PointAudit> changedPoints;

    Recording(VersionAudit version, List<PointAudit> changedPoints) {
        this.version = version;
        this.changedPoints = changedPoints;
    }
}
