package org.redline.history.internal;

import java.util.List;
import org.javers.core.metamodel.annotation.Entity;
import org.javers.core.metamodel.object.CdoSnapshot;
import org.javers.core.metamodel.annotation.Id;
import org.javers.core.metamodel.annotation.TypeName;
import org.redline.version.PointView;

/**
 * A point's state as Javers audits it; one Javers entity per document and key, so its snapshots are the
 * point's history in recording order. Field names are the property names researchers filter by.
 */
@Entity
@TypeName(PointAudit.TYPE)
public class PointAudit {

    public static final String TYPE = "Point";

    @Id
    private final String id;
    private final String number;
    private final String category;
    private final String text;
    private final String status;
    private final List<String> sourceRefs;
    private final String note;
    private final List<String> mergedFrom;
    private final String splitFrom;

    private PointAudit(String document, PointView point) {
        this.id = globalId(document, point.key());
        this.number = point.number();
        this.category = point.category();
        this.text = point.text();
        this.status = point.status().code();
        this.sourceRefs = point.sourceRefs();
        this.note = point.note();
        this.mergedFrom = point.mergedFrom();
        this.splitFrom = point.splitFrom();
    }

    public static PointAudit of(String document, PointView point) {
        return new PointAudit(document, point);
    }

    public static String globalId(String document, String key) {
        return document + "/" + key;
    }

    /** The audited state in one string, to tell cheaply whether a point changed since Javers last saw it. */
    public String stateFingerprint() {
        return fingerprint(number, category, text, status, sourceRefs, note, mergedFrom, splitFrom);
    }

    /** The same fingerprint, read back from a Javers snapshot of a point. */
    public static String fingerprintOf(CdoSnapshot snapshot) {
        return fingerprint((String) snapshot.getPropertyValue("number"), (String) snapshot.getPropertyValue("category"),
                (String) snapshot.getPropertyValue("text"), (String) snapshot.getPropertyValue("status"),
                list(snapshot, "sourceRefs"), (String) snapshot.getPropertyValue("note"), list(snapshot, "mergedFrom"),
                (String) snapshot.getPropertyValue("splitFrom"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(CdoSnapshot snapshot, String property) {
        var value = (List<String>) snapshot.getPropertyValue(property);
        return value == null ? List.of() : value;
    }

    private static String fingerprint(String number, String category, String text, String status,
            List<String> sourceRefs, String note, List<String> mergedFrom, String splitFrom) {
        return String.join("\u001f", String.valueOf(number), String.valueOf(category), String.valueOf(text),
                status, String.join(" ", sourceRefs), String.valueOf(note))
                // lineage only when there is some, so points recorded before it keep their fingerprint
                + (mergedFrom.isEmpty() && splitFrom == null ? "" : "\u001f" + String.join(" ", mergedFrom) + "\u001f" + splitFrom);
    }
}
