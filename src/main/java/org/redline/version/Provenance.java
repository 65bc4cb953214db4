package org.redline.version;

import java.time.Instant;
import org.redline.text.TextGate;

/**
 * Who recorded a version, and when, according to an imported history file: kept as evidence, never as
 * the version's recorder (that is always the editor who imported it).
 */
public record Provenance(String recordedBy, Instant recordedAt) {

    public Provenance {
        recordedBy = TextGate.clean("recordedBy", recordedBy, TextGate.Shape.LINE, 200, DraftRejected::new);
        Draft.checkInstant("recordedAt", recordedAt);
    }

    /** Null when the file names neither. */
    public static Provenance ofFile(String recordedBy, Instant recordedAt) {
        var provenance = new Provenance(recordedBy, recordedAt);
        return provenance.recordedBy() == null && recordedAt == null ? null : provenance;
    }
}
