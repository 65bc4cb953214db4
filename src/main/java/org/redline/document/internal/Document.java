package org.redline.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A live document. No setters: documents are created once from a validated {@link NewDocument}. */
@Entity
@Table(name = "document")
class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Document() {
    }

    static Document create(NewDocument values, Instant now) {
        var document = new Document();
        document.slug = values.slug();
        document.title = values.title();
        document.description = values.description();
        document.createdAt = now;
        return document;
    }

    DocumentView view() {
        return new DocumentView(id, slug, title, description, createdAt);
    }
}
