package org.redline.document;

import java.time.Clock;
import java.util.List;
import org.redline.document.internal.Document;
import org.redline.document.internal.DocumentBusy;
import org.redline.document.internal.DocumentRepository;
import org.redline.document.internal.LockWait;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The document feature's one entry: create, find and lock documents. */
@Service
public class Documents {

    private final DocumentRepository repository;
    private final Clock clock;
    private final LockWait lockWait;

    Documents(DocumentRepository repository, Clock clock, LockWait lockWait) {
        this.repository = repository;
        this.clock = clock;
        this.lockWait = lockWait;
    }

    @Transactional
    public DocumentView create(NewDocument values) {
        if (repository.existsBySlug(values.slug())) {
            throw new DocumentExists(values.slug());
        }
        lockWait.boundWait();
        try {
            return repository.saveAndFlush(Document.create(values, clock.instant())).view();
        } catch (DataIntegrityViolationException raced) {
            throw new DocumentExists(values.slug());
        } catch (PessimisticLockingFailureException racing) {
            // another transaction is creating the same slug (an import holds it for its whole length)
            throw new DocumentExists(values.slug());
        }
    }

    @Transactional(readOnly = true)
    public List<DocumentView> all() {
        return repository.findAllByOrderBySlugAsc().stream().map(Document::view).toList();
    }

    /** One page of the documents in slug order, with how many there are in all. */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<DocumentView> page(int page, int size) {
        return repository.findAllByOrderBySlugAsc(org.springframework.data.domain.PageRequest.of(page, size)).map(Document::view);
    }

    @Transactional(readOnly = true)
    public DocumentView get(String slug) {
        return repository.findBySlug(slug).map(Document::view).orElseThrow(() -> new DocumentNotFound(slug));
    }

    /**
     * Runs {@code work} (a transaction that locks the document for a new version) after this instance's
     * earlier writers of the document, holding no database connection while it waits; a writer that waits
     * longer than {@code redline.write.lock-wait} gets {@link DocumentBusy}.
     */
    public <T> T inTurn(String slug, java.util.function.Supplier<T> work) {
        return lockWait.inTurn(slug, work);
    }

    /**
     * Runs {@code work} (a write's slow part: reading its base, aligning, staging) when one of this
     * instance's writer slots is free ({@code redline.write.slots}, default 4 of the pool's 10 connections),
     * waiting without a connection at most {@code redline.write.slot-wait}, then {@link DocumentBusy}.
     * Nested calls on one thread take one slot.
     */
    public <T> T inWriterSlot(String slug, java.util.function.Supplier<T> work) {
        return lockWait.inWriterSlot(slug, work);
    }

    /**
     * Locks the document row until the caller's transaction ends, so versions of one document are
     * numbered one at a time (gap-free, no duplicates) however many editors record at once. Waits a
     * bounded time for another writer ({@code redline.write.lock-wait}), then throws {@link DocumentBusy}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public DocumentView lockForNewVersion(String slug) {
        return lockWait.lock(slug, () -> repository.lockBySlug(slug)).map(Document::view)
                .orElseThrow(() -> new DocumentNotFound(slug));
    }
}
