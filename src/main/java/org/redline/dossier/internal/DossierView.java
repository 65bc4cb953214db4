package org.redline.dossier.internal;

import java.time.LocalDate;
import java.util.List;
import org.redline.version.VersionSummary;

/**
 * A dossier read whole: its documents with their latest versions, every version of every document on
 * one dated timeline, and the links between their points.
 */
public record DossierView(String slug, String title, String description, List<Member> documents,
        List<DatedVersion> timeline, List<PointLink> links) {

    /** A document of the dossier, its role in it ("the plan", "European alternative") and where it stands. */
    public record Member(String slug, String title, String description, String role, int versions, VersionSummary latest) {
    }

    /**
     * A version on the dossier's timeline. {@code date} is its draft date, else the date it was reported;
     * null when neither is known (such versions come last).
     */
    public record DatedVersion(String document, LocalDate date, VersionSummary version) {
    }
}
