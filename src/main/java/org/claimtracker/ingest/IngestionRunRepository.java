package org.claimtracker.ingest;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IngestionRunRepository extends JpaRepository<IngestionRun, Long> {

    List<IngestionRun> findTop100ByOrderByIdDesc();
}
