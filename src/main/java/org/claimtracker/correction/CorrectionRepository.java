package org.claimtracker.correction;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CorrectionRepository extends JpaRepository<Correction, Long> {

    List<Correction> findByArticleIdOrderById(Long articleId);

    List<Correction> findByStatementIdOrderById(Long statementId);

    List<Correction> findByStatusOrderById(CorrectionStatus status);

    long countByStatus(CorrectionStatus status);
}
