package org.claimtracker.correction;

public enum CorrectionStatus {
    APPLIED, NEEDS_ATTENTION
}
