package org.bitext.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Runs a function over a list on the {@link Workers} and hands the results to one consumer, on
 * the calling thread, in list order. So whatever the consumer does (training the lexicon, writing
 * files, counting) happens in the same order with any number of threads, and the output bytes
 * do not depend on it.
 *
 * <p>The items go to the workers in chunks of up to {@value #CHUNK}, each chunk one task that runs
 * its items one after the other and hands them to the consumer together. Handing items over one
 * by one woke the consumer, and switched a core's thread, twice an item: on one core the writing
 * thread and the worker took turns ten thousand times in a batch, each time finding the other's
 * data gone from the caches. With several jobs a chunk is smaller when the list is short
 * ({@link #chunkSize}): a chunk runs on one worker, and a handful of long documents must still
 * spread over all of them. At most {@value #WINDOW_PER_JOB} items per job are started ahead of
 * the consumer, so memory stays bounded by the window, not the batch. The window is that wide
 * because document sizes are skewed (in a news batch the largest hundredth is some 15 times the
 * median size, and aligning costs more than linearly): with a narrow one, a worker that finished
 * the few small documents after a large one waited for it with nothing to do.
 *
 * <p>With one job, the work and the consumer take turns, chunk by chunk: one job is one busy thread.
 */
final class InOrder {
    /** The most items run as one task and handed to the consumer together. */
    static final int CHUNK = 8;
    /** Items started ahead of the consumer, per job, with more than one job. */
    static final int WINDOW_PER_JOB = 16;
    /** With several jobs, chunks are made small enough for at least this many per job. */
    static final int MIN_CHUNKS_PER_JOB = 4;

    private InOrder() {
    }

    /** The work done per item; it may fail, and its failure goes to the consumer with the item. */
    @FunctionalInterface
    interface Work<T, R> {
        R apply(T item) throws Exception;
    }

    /** What the work gave for one item: a value, or the exception it threw. */
    record Outcome<R>(R value, Exception error) {
        boolean failed() {
            return error != null;
        }
    }

    /** Receives the outcomes in list order; an exception stops the run and is rethrown. */
    @FunctionalInterface
    interface Consumer<T, R, X extends Exception> {
        void accept(T item, Outcome<R> outcome) throws X;
    }

    /** How many items a chunk holds, for a list of {@code items} on {@code jobs} jobs. */
    static int chunkSize(int items, int jobs) {
        return jobs == 1 ? CHUNK : Math.max(1, Math.min(CHUNK, items / (MIN_CHUNKS_PER_JOB * jobs)));
    }

    /** The most items started ahead of the consumer with {@code jobs} jobs and chunks of {@code chunk}. */
    static int window(int jobs, int chunk) {
        return jobs == 1 ? chunk : Math.max(chunk, WINDOW_PER_JOB * jobs / chunk * chunk);
    }

    static <T, R, X extends Exception> void forEach(List<T> items, Workers workers, Work<T, R> work,
                                                     Consumer<T, R, X> consumer) throws X {
        int chunk = chunkSize(items.size(), workers.jobs());
        int chunks = window(workers.jobs(), chunk) / chunk;
        Deque<Future<List<Outcome<R>>>> started = new ArrayDeque<>();
        try {
            int next = 0;
            int done = 0;
            while (done < items.size()) {
                while (next < items.size() && started.size() < chunks) {
                    List<T> part = items.subList(next, Math.min(items.size(), next + chunk));
                    next += part.size();
                    started.add(workers.start(() -> runAll(work, part)));
                }
                for (Outcome<R> outcome : Workers.await(started.poll())) {
                    consumer.accept(items.get(done++), outcome);
                }
            }
        } finally {
            started.forEach(f -> f.cancel(true));
        }
    }

    private static <T, R> List<Outcome<R>> runAll(Work<T, R> work, List<T> chunk) {
        List<Outcome<R>> outcomes = new ArrayList<>(chunk.size());
        for (T item : chunk) {
            outcomes.add(run(work, item));
        }
        return outcomes;
    }

    private static <T, R> Outcome<R> run(Work<T, R> work, T item) {
        try {
            return new Outcome<>(work.apply(item), null);
        } catch (Exception e) {
            return new Outcome<>(null, e);
        }
    }
}
