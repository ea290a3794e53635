package org.claimtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Results come in the order of the tasks, from a thread of their own, never more than the depth ahead. */
class ReadAheadTests {

    @Test
    void resultsComeInOrderAndNoMoreThanTheDepthAheadOfTheCaller() {
        AtomicInteger started = new AtomicInteger();
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            tasks.add(() -> {
                started.incrementAndGet();
                Thread.sleep(n % 3); // finish out of order
                return n + " " + Thread.currentThread().getName();
            });
        }
        List<String> taken = new ArrayList<>();
        try (ReadAhead<String> ahead = new ReadAhead<>(tasks, 3)) {
            while (ahead.hasNext()) {
                String result = ahead.next();
                assertThat(started.get()).isLessThanOrEqualTo(taken.size() + 1 + 3);
                taken.add(result);
            }
        }
        assertThat(taken).hasSize(20);
        for (int i = 0; i < 20; i++) {
            assertThat(taken.get(i)).isEqualTo(i + " ingestion-read-ahead");
        }
    }

    @Test
    void withNoDepthEachTaskRunsOnTheCallersThreadWhenTaken() {
        AtomicInteger started = new AtomicInteger();
        List<Callable<String>> tasks = List.of(() -> started.incrementAndGet() + " " + Thread.currentThread().getName(),
                () -> started.incrementAndGet() + " " + Thread.currentThread().getName());
        try (ReadAhead<String> ahead = new ReadAhead<>(tasks, 0)) {
            assertThat(ahead.next()).isEqualTo("1 " + Thread.currentThread().getName());
            assertThat(started.get()).isEqualTo(1);
            assertThat(ahead.next()).isEqualTo("2 " + Thread.currentThread().getName());
            assertThat(ahead.hasNext()).isFalse();
        }
    }
}
