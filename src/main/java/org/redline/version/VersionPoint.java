package org.redline.version;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;

/** A point inside one version; immutable like its version. */
@Entity
@Table(name = "version_point")
class VersionPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "version_point_seq")
    @SequenceGenerator(name = "version_point_seq", sequenceName = "version_point_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "point_key", nullable = false, updatable = false)
    private String key;

    @Column(updatable = false)
    private String number;

    @Column(updatable = false)
    private String category;

    @Column(updatable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PointStatus status;

    @Column(nullable = false, updatable = false)
    private boolean listed;

    @Convert(converter = UrlListConverter.class)
    @Column(name = "source_refs", updatable = false)
    private List<String> sourceRefs;

    @Column(updatable = false)
    private String note;

    // Keys never contain a line break, so the one-per-line list converter serves them as it serves URLs.
    @Convert(converter = UrlListConverter.class)
    @Column(name = "merged_from", updatable = false)
    private List<String> mergedFrom;

    @Column(name = "split_from", updatable = false)
    private String splitFrom;

    protected VersionPoint() {
    }

    static VersionPoint of(PointView view) {
        var point = new VersionPoint();
        point.position = view.position();
        point.key = view.key();
        point.number = view.number();
        point.category = view.category();
        point.text = view.text();
        point.status = view.status();
        point.listed = view.listed();
        point.sourceRefs = view.sourceRefs();
        point.note = view.note();
        point.mergedFrom = view.mergedFrom();
        point.splitFrom = view.splitFrom();
        return point;
    }

    PointView view() {
        return new PointView(key, number, category, text, status, listed, sourceRefs, note, position, mergedFrom, splitFrom);
    }
}
