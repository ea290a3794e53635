package org.claimtracker.article;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    /** The stored articles among a batch's texts, in one query. */
    List<Article> findByContentHashIn(Collection<String> contentHashes);
}
