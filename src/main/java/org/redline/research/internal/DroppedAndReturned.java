package org.redline.research.internal;

import java.util.List;
import org.redline.version.VersionLink;

/** Points dropped and never seen again, and points that came back after being dropped (recording order). */
public record DroppedAndReturned(String document, List<Dropped> dropped, List<Returned> returned) {

    public record Dropped(String key, String category, VersionLink droppedIn, VersionLink lastStatedLiveIn) {
    }

    public record Returned(String key, String category, VersionLink droppedIn, VersionLink returnedIn) {
    }
}
