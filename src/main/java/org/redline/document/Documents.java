package org.redline.document;

import java.time.Clock;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The document feature's one entry: create, find and lock documents. */
@Service
public class Documents {

    private final DocumentRepository repository;
    private final Clock clock;

    Documents(DocumentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public DocumentView create(NewDocument values) {
        if (repository.existsBySlug(values.slug())) {
            throw new DocumentExists(values.slug());
        }
        try {
            return repository.saveAndFlush(Document.create(values, clock.instant())).view();
        } catch (DataIntegrityViolationException raced) {
            throw new DocumentExists(values.slug());
        }
    }

    @Transactional(readOnly = true)
    public List<DocumentView> all() {
        return repository.findAllByOrderBySlugAsc().stream().map(Document::view).toList();
    }

    @Transactional(readOnly = true)
    public DocumentView get(String slug) {
        return repository.findBySlug(slug).map(Document::view).orElseThrow(() -> new DocumentNotFound(slug));
    }

    /**
     * Locks the document row until the caller's transaction ends, so versions of one document are
     * numbered one at a time (gap-free, no duplicates) however many editors record at once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public DocumentView lockForNewVersion(String slug) {
        return repository.lockBySlug(slug).map(Document::view).orElseThrow(() -> new DocumentNotFound(slug));
    }
}
