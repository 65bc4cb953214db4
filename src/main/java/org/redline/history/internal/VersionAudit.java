package org.redline.history.internal;

import java.util.List;
import org.javers.core.metamodel.annotation.Entity;
import org.javers.core.metamodel.annotation.Id;
import org.javers.core.metamodel.annotation.TypeName;
import org.redline.version.VersionSummary;

/** A version's metadata as Javers audits it, so metadata corrections are logged with author and reason. */
@Entity
@TypeName("Version")
public class VersionAudit {

    @Id
    private final String id;
    private final String document;
    private final int number;
    private final String ref;
    private final String label;
    private final String draftDate;
    private final String reportedDate;
    private final String status;
    private final boolean partial;
    private final String derivedFrom;
    private final List<String> sources;
    private final String note;

    public VersionAudit(String document, VersionSummary version) {
        this.id = globalId(document, version.number());
        this.document = document;
        this.number = version.number();
        this.ref = version.ref();
        this.label = version.label();
        this.draftDate = version.draftDate() == null ? null : version.draftDate().toString();
        this.reportedDate = version.reportedDate() == null ? null : version.reportedDate().toString();
        this.status = version.status().code();
        this.partial = version.partial();
        this.derivedFrom = version.derivedFrom() == null ? null : version.derivedFrom().id();
        this.sources = version.sources().stream()
                .map(s -> s.outlet() == null ? s.url() : s.outlet() + " <" + s.url() + ">").toList();
        this.note = version.note();
    }

    String id() {
        return id;
    }

    static String globalId(String document, int number) {
        return document + "/v" + number;
    }
}
