package org.redline.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.redline.document.DocumentView;
import org.redline.document.NewDocument;

/** A live document. No setters: documents are created once from a validated {@link NewDocument}. */
@Entity
@Table(name = "document")
public class Document {

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

    public static Document create(NewDocument values, Instant now) {
        var document = new Document();
        document.slug = values.slug();
        document.title = values.title();
        document.description = values.description();
        document.createdAt = now;
        return document;
    }

    public DocumentView view() {
        return new DocumentView(id, slug, title, description, createdAt);
    }
}
