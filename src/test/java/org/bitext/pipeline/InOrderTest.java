package org.bitext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {
    private static final List<Integer> ITEMS = IntStream.range(0, 40).boxed().toList();

    @Test
    void resultsArriveInListOrderWhateverFinishesFirst() {
        for (int jobs : new int[] {1, 2, 4}) {
            List<Integer> seen = new ArrayList<>();
            try (Workers workers = new Workers(jobs)) {
                InOrder.forEach(ITEMS, workers, i -> {
                    // later items finish first
                    Thread.sleep((40 - i) % 5);
                    return i * i;
                }, (item, outcome) -> {
                    assertEquals(item * item, outcome.value());
                    seen.add(item);
                });
            }
            assertEquals(ITEMS, seen, "jobs " + jobs);
        }
    }

    @Test
    void aFailedItemReachesTheConsumerWithItsErrorAndTheRestGoOn() {
        List<String> seen = new ArrayList<>();
        try (Workers workers = new Workers(3)) {
            InOrder.forEach(ITEMS, workers, i -> {
                if (i == 7) {
                    throw new IOException("bad " + i);
                }
                return i;
            }, (item, outcome) -> seen.add(outcome.failed() ? outcome.error().getMessage() : "ok"));
        }
        assertEquals(40, seen.size());
        assertEquals("bad 7", seen.get(7));
    }

    @Test
    void anExceptionOfTheConsumerStopsTheRun() {
        List<Integer> seen = new ArrayList<>();
        IOException e;
        try (Workers workers = new Workers(2)) {
            e = assertThrows(IOException.class, () -> InOrder.forEach(ITEMS, workers, i -> i, (item, outcome) -> {
                seen.add(item);
                if (item == 5) {
                    throw new IOException("closed");
                }
            }));
        }
        assertEquals("closed", e.getMessage());
        assertEquals(6, seen.size());
    }

    @Test
    void atMostTheWindowIsStartedAheadOfTheConsumer() {
        for (int jobs : new int[] {1, 2}) {
            int[] started = {0};
            List<Integer> ahead = new ArrayList<>();
            try (Workers workers = new Workers(jobs)) {
                InOrder.forEach(ITEMS, workers, i -> {
                    synchronized (started) {
                        started[0]++;
                    }
                    return i;
                }, (item, outcome) -> {
                    synchronized (started) {
                        ahead.add(started[0] - item);
                    }
                });
            }
            int window = InOrder.window(jobs, InOrder.chunkSize(ITEMS.size(), jobs));
            assertTrue(ahead.stream().allMatch(n -> n <= window), jobs + " jobs: " + ahead);
        }
    }

    @Test
    void withOneJobTheWorkAndTheConsumerTakeTurnsChunkByChunk() {
        List<String> events = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        int items = 2 * InOrder.CHUNK + 3;
        for (int from = 0; from < items; from += InOrder.CHUNK) {
            int to = Math.min(items, from + InOrder.CHUNK);
            IntStream.range(from, to).forEach(i -> expected.add("work " + i));
            IntStream.range(from, to).forEach(i -> expected.add("consume " + i));
        }
        try (Workers workers = new Workers(1)) {
            InOrder.forEach(IntStream.range(0, items).boxed().toList(), workers, i -> {
                synchronized (events) {
                    events.add("work " + i);
                }
                return i;
            }, (item, outcome) -> {
                synchronized (events) {
                    events.add("consume " + item);
                }
            });
        }
        assertEquals(expected, events);
    }

    @Test
    void aShortListIsCutIntoSmallerChunksForSeveralJobs() {
        assertEquals(InOrder.CHUNK, InOrder.chunkSize(3, 1), "one job: whole chunks");
        assertEquals(InOrder.CHUNK, InOrder.chunkSize(10_000, 2));
        assertEquals(1, InOrder.chunkSize(10, 2), "10 long documents on 2 jobs: one a task");
        assertEquals(3, InOrder.chunkSize(24, 2));
        for (int jobs : new int[] {1, 2, 3, 8}) {
            for (int chunk = 1; chunk <= InOrder.CHUNK; chunk++) {
                int window = InOrder.window(jobs, chunk);
                assertTrue(window % chunk == 0 && window >= chunk, jobs + " jobs, chunk " + chunk);
                assertTrue(jobs == 1 || window <= InOrder.WINDOW_PER_JOB * jobs, jobs + " jobs, chunk " + chunk);
            }
        }
    }

    @Test
    void parallelWorkInsideAnItemStaysOnTheWorkers() {
        for (int jobs : new int[] {1, 2}) {
            Set<String> threads = ConcurrentHashMap.newKeySet();
            try (Workers workers = new Workers(jobs)) {
                InOrder.forEach(ITEMS, workers, i -> {
                    IntStream.range(0, 10_000).parallel().forEach(k -> threads.add(Thread.currentThread().getName()));
                    return i;
                }, (item, outcome) -> assertEquals(item, outcome.value()));
            }
            assertTrue(threads.stream().allMatch(t -> t.startsWith("bitext-worker-")), threads.toString());
            if (jobs == 1) {
                assertEquals(1, threads.size(), threads.toString());
            }
        }
    }
}
