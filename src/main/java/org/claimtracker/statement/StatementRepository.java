package org.claimtracker.statement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StatementRepository extends JpaRepository<Statement, Long> {

    List<Statement> findByArticleIdOrderBySeq(Long articleId);

    long countByArticleId(Long articleId);
}
