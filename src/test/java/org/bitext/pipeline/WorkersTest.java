package org.bitext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkersTest {
    @Test
    void workersRunningAtOnceHaveNamesOfTheirOwn() throws Exception {
        try (Workers workers = new Workers(2)) {
            // each task waits until the other has started, so the two run on two threads at once
            CountDownLatch bothStarted = new CountDownLatch(2);
            List<Future<String>> names = List.of(workers.start(() -> nameOnceBothRun(bothStarted)),
                    workers.start(() -> nameOnceBothRun(bothStarted)));
            Set<String> seen = new TreeSet<>();
            for (Future<String> name : names) {
                seen.add(name.get(30, TimeUnit.SECONDS));
            }
            assertEquals(Set.of("bitext-worker-1", "bitext-worker-2"), seen);
        }
    }

    private static String nameOnceBothRun(CountDownLatch bothStarted) throws InterruptedException {
        bothStarted.countDown();
        assertTrue(bothStarted.await(30, TimeUnit.SECONDS), "the other task never started");
        return Thread.currentThread().getName();
    }

    @Test
    void workersAreDaemons() throws Exception {
        try (Workers workers = new Workers(1)) {
            assertTrue(workers.call(() -> Thread.currentThread().isDaemon()));
        }
    }
}
