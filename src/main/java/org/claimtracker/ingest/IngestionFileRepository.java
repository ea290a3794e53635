package org.claimtracker.ingest;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IngestionFileRepository extends JpaRepository<IngestionFile, Long> {

    List<IngestionFile> findByRunIdOrderById(Long runId);

    List<IngestionFile> findByArticleIdOrderByProcessedAt(Long articleId);
}
