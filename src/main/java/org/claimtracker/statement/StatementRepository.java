package org.claimtracker.statement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface StatementRepository extends JpaRepository<Statement, Long> {

    List<Statement> findByArticleIdOrderBySeq(Long articleId);

    long countByArticleId(Long articleId);

    /** Removes an article's statements; the database removes their positions with them. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Statement s where s.article.id = :articleId")
    int deleteByArticleId(Long articleId);
}
