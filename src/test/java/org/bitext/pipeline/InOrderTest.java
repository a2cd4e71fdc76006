package org.bitext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {
    private static final List<Integer> ITEMS = IntStream.range(0, 40).boxed().toList();

    @Test
    void resultsArriveInListOrderWhateverFinishesFirst() {
        for (int jobs : new int[] {1, 2, 4}) {
            List<Integer> seen = new ArrayList<>();
            InOrder.forEach(ITEMS, jobs, i -> {
                // later items finish first
                Thread.sleep((40 - i) % 5);
                return i * i;
            }, (item, outcome) -> {
                assertEquals(item * item, outcome.value());
                seen.add(item);
            });
            assertEquals(ITEMS, seen, "jobs " + jobs);
        }
    }

    @Test
    void aFailedItemReachesTheConsumerWithItsErrorAndTheRestGoOn() {
        List<String> seen = new ArrayList<>();
        InOrder.forEach(ITEMS, 3, i -> {
            if (i == 7) {
                throw new IOException("bad " + i);
            }
            return i;
        }, (item, outcome) -> seen.add(outcome.failed() ? outcome.error().getMessage() : "ok"));
        assertEquals(40, seen.size());
        assertEquals("bad 7", seen.get(7));
    }

    @Test
    void anExceptionOfTheConsumerStopsTheRun() {
        List<Integer> seen = new ArrayList<>();
        IOException e = assertThrows(IOException.class, () -> InOrder.forEach(ITEMS, 2, i -> i, (item, outcome) -> {
            seen.add(item);
            if (item == 5) {
                throw new IOException("closed");
            }
        }));
        assertEquals("closed", e.getMessage());
        assertEquals(6, seen.size());
    }

    @Test
    void atMostTwiceTheJobsWaitAtATime() {
        int[] started = {0};
        List<Integer> ahead = new ArrayList<>();
        InOrder.forEach(ITEMS, 2, i -> {
            synchronized (started) {
                started[0]++;
            }
            return i;
        }, (item, outcome) -> {
            synchronized (started) {
                ahead.add(started[0] - item);
            }
        });
        assertTrue(ahead.stream().allMatch(n -> n <= 4), ahead.toString());
    }
}
