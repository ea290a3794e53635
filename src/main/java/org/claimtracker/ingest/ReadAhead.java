package org.claimtracker.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a run's reading tasks (read a file, extract its statements) on a thread of its own, up to {@code depth}
 * ahead of the one the caller takes, and hands their results over in order: the next batch is read while the
 * current one is written. With a depth of 0 each task runs when it is taken, on the caller's thread. The tasks
 * report their own failures in their results; they touch no database.
 */
final class ReadAhead<T> implements AutoCloseable {

    private final Iterator<Callable<T>> tasks;
    private final int depth;
    private final ExecutorService thread;
    private final Deque<Future<T>> ahead = new ArrayDeque<>();

    ReadAhead(List<Callable<T>> tasks, int depth) {
        this.tasks = tasks.iterator();
        this.depth = depth;
        this.thread = depth == 0 ? null : Executors.newSingleThreadExecutor(task -> {
            Thread reader = new Thread(task, "ingestion-read-ahead");
            reader.setDaemon(true);
            return reader;
        });
    }

    boolean hasNext() {
        return !ahead.isEmpty() || tasks.hasNext();
    }

    T next() {
        if (thread == null) {
            return call(tasks.next());
        }
        while (ahead.size() <= depth && tasks.hasNext()) {
            ahead.add(thread.submit(tasks.next()));
        }
        try {
            return ahead.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading ahead", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(e.getCause());
        }
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.shutdownNow();
        }
    }
}
