package org.claimtracker.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findByContentHash(String contentHash);

    /** The stored articles among a batch's texts, in one query. */
    List<Article> findByContentHashIn(Collection<String> contentHashes);
}
