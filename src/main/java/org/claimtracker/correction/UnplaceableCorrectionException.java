package org.claimtracker.correction;

/** A correction that no longer fits the statement it was placed on (its speaker or topic is gone). */
class UnplaceableCorrectionException extends RuntimeException {

    UnplaceableCorrectionException(String reason) {
        super(reason);
    }
}
