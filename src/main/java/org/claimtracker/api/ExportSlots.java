package org.claimtracker.api;

import java.util.concurrent.Semaphore;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Caps how many exports run at once ({@code claimtracker.export.max-concurrent}, 4 by default): each holds a
 * request thread for as long as its client takes to download, so beyond the cap a client is asked to come back
 * later (503 with Retry-After) rather than letting slow downloads crowd out the pages.
 */
@Component
class ExportSlots {

    static final int RETRY_AFTER_SECONDS = 30;

    private final Semaphore slots;

    ExportSlots(@Value("${claimtracker.export.max-concurrent:4}") int maxConcurrent) {
        this.slots = new Semaphore(Math.max(1, maxConcurrent));
    }

    boolean tryTake() {
        return slots.tryAcquire();
    }

    void give() {
        slots.release();
    }
}
