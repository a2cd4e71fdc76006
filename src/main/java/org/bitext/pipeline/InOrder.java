package org.bitext.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a function over a list on several threads and hands the results to one consumer, on the
 * calling thread, in list order. So whatever the consumer does (training the lexicon, writing
 * files, counting) happens in the same order with any number of threads, and the output bytes
 * do not depend on it. At most {@code 2 × jobs} results wait at a time, so memory stays bounded
 * by the window, not the batch.
 *
 * <p>With one job nothing is started: the work runs inline, item by item.
 */
final class InOrder {
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

    static <T, R, X extends Exception> void forEach(List<T> items, int jobs, Work<T, R> work,
                                                     Consumer<T, R, X> consumer) throws X {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        if (jobs == 1 || items.size() < 2) {
            for (T item : items) {
                consumer.accept(item, run(work, item));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, items.size()), new Daemons());
        Deque<Future<Outcome<R>>> window = new ArrayDeque<>();
        try {
            int next = 0;
            for (int done = 0; done < items.size(); done++) {
                while (next < items.size() && window.size() < 2 * jobs) {
                    T item = items.get(next++);
                    window.add(pool.submit(() -> run(work, item)));
                }
                consumer.accept(items.get(done), await(window.poll()));
            }
        } finally {
            window.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private static <T, R> Outcome<R> run(Work<T, R> work, T item) {
        try {
            return new Outcome<>(work.apply(item), null);
        } catch (Exception e) {
            return new Outcome<>(null, e);
        }
    }

    private static <R> Outcome<R> await(Future<Outcome<R>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            // run() catches every Exception, so only an Error can get here
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Daemon threads, so that a worker left behind never keeps the JVM alive. */
    private static final class Daemons implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "bitext-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
