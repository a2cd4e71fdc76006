package org.bitext.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Runs a function over a list on the {@link Workers} and hands the results to one consumer, on
 * the calling thread, in list order. So whatever the consumer does (training the lexicon, writing
 * files, counting) happens in the same order with any number of threads, and the output bytes
 * do not depend on it. At most {@value #WINDOW_PER_JOB} results per job are started ahead of the
 * consumer, so memory stays bounded by the window, not the batch. The window is that wide because
 * document sizes are skewed (in a news batch the largest hundredth is some 15 times the median
 * size, and aligning costs more than linearly): with a narrow one, a worker that finished the
 * few small documents after a large one waited for it with nothing to do.
 *
 * <p>With one job, the work and the consumer take turns, item by item: one job is one busy thread.
 */
final class InOrder {
    /** Results started ahead of the consumer, per job. */
    static final int WINDOW_PER_JOB = 16;

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

    static <T, R, X extends Exception> void forEach(List<T> items, Workers workers, Work<T, R> work,
                                                     Consumer<T, R, X> consumer) throws X {
        int window = workers.jobs() == 1 ? 1 : WINDOW_PER_JOB * workers.jobs();
        Deque<Future<Outcome<R>>> started = new ArrayDeque<>();
        try {
            int next = 0;
            for (int done = 0; done < items.size(); done++) {
                while (next < items.size() && started.size() < window) {
                    T item = items.get(next++);
                    started.add(workers.start(() -> run(work, item)));
                }
                consumer.accept(items.get(done), Workers.await(started.poll()));
            }
        } finally {
            started.forEach(f -> f.cancel(true));
        }
    }

    private static <T, R> Outcome<R> run(Work<T, R> work, T item) {
        try {
            return new Outcome<>(work.apply(item), null);
        } catch (Exception e) {
            return new Outcome<>(null, e);
        }
    }
}
