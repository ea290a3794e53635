package org.claimtracker.ingest;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Whether start-up ingestion is still running and how far it has got. While it runs the application refuses traffic
 * ({@code /actuator/health/readiness} says OUT_OF_SERVICE), so a load balancer waits, and pages say "ingesting N of
 * M" rather than show a corpus half read.
 */
@Component
public class StartupIngestionStatus {

    private final ApplicationEventPublisher events;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();

    StartupIngestionStatus(ApplicationEventPublisher events) {
        this.events = events;
    }

    void begin() {
        done.set(0);
        total.set(0);
        running.set(true);
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
    }

    void progress(int filesDone, int filesTotal) {
        total.set(filesTotal);
        done.set(filesDone);
    }

    void end() {
        running.set(false);
        AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
    }

    public boolean running() {
        return running.get();
    }

    /** Files read so far. */
    public int done() {
        return done.get();
    }

    /** Files in the run, 0 until the first is read. */
    public int total() {
        return total.get();
    }
}
