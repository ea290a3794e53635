package org.claimtracker.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused start on a data folder in use into Spring Boot's short "APPLICATION FAILED TO START" report. */
class DataFolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderInUseException cause) {
        return new FailureAnalysis(cause.getMessage(), "Stop the other instance first, or start this one with "
                + "CLAIMTRACKER_DATA_DIR (claimtracker.data-dir) naming another folder.", cause);
    }
}
