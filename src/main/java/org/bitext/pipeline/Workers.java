package org.bitext.pipeline;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads a batch runs its work on: a fork-join pool of {@code jobs} threads. The aligner
 * splits the work of a long document into tasks (parallel streams, blocks of bead costs, the two
 * directions of the lexicon); started from a thread of this pool, those tasks run in it rather
 * than in the JVM's common pool, so {@code --jobs N} keeps at most N of the tool's threads busy
 * (one job, one core) and N jobs are N times the work of one, not of one and a helper. The
 * threads are daemons, so that a worker left behind never keeps the JVM alive.
 */
final class Workers implements AutoCloseable {
    private final ForkJoinPool pool;
    /** Threads made so far, which numbers their names. */
    private final AtomicInteger threads = new AtomicInteger();

    Workers(int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        this.pool = new ForkJoinPool(jobs, this::newThread, null, false);
    }

    /**
     * A daemon worker named {@code bitext-worker-N}, N counting the pool's threads from 1. (The
     * pool index is not known yet when the factory runs: named after it, every worker was
     * bitext-worker-1, and profiles and thread dumps could not tell them apart.)
     */
    private ForkJoinWorkerThread newThread(ForkJoinPool pool) {
        ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        t.setName("bitext-worker-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    }

    int jobs() {
        return pool.getParallelism();
    }

    /**
     * Starts {@code task} on a worker. A plain future, not the pool's own task: waiting on it never
     * runs the task on the waiting thread, where its inner tasks would leave the pool.
     */
    <R> Future<R> start(Callable<R> task) {
        FutureTask<R> future = new FutureTask<>(task);
        pool.execute(future);
        return future;
    }

    /** Runs {@code task} on a worker and waits for it; its unchecked exceptions and errors pass through. */
    <R> R call(Callable<R> task) {
        return await(start(task));
    }

    /** Waits for a task {@link #start}ed; its unchecked exceptions and errors pass through. */
    static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
