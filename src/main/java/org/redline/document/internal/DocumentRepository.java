package org.redline.document.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends JpaRepository<Document, Long> {

    Optional<Document> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Document> findAllByOrderBySlugAsc();

    Page<Document> findAllByOrderBySlugAsc(Pageable page);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Document d where d.slug = :slug")
    Optional<Document> lockBySlug(String slug);
}
