package org.bitext.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files of outputs being written ({@link AtomicFile}), so that a run stopped from
 * outside (Ctrl-C, {@code kill}) removes them: the command registers {@link #deleteAll} as a
 * shutdown hook. Without it, a stopped run left a hidden {@code .NAME.XXXXXXXX.tmp} file beside
 * the outputs for each file being written at that moment (never a half-written output: those
 * appear only by rename).
 *
 * <p>Thread-safe: files are registered and released by the writing threads while the hook may
 * run at any time. A file renamed just before the hook deletes it is simply not there any more.
 */
public final class TemporaryFiles {
    private final Set<Path> pending;
    /** Set by {@link #deleteAll}: no file is started after it (the writers run on as the JVM stops). */
    private volatile boolean stopped;

    private TemporaryFiles(Set<Path> pending) {
        this.pending = pending;
    }

    /** A tracker that keeps the files registered with it until they are committed or discarded. */
    public static TemporaryFiles tracked() {
        return new TemporaryFiles(ConcurrentHashMap.newKeySet());
    }

    /** A tracker that keeps nothing (writing where no run can be stopped halfway: tests, libraries). */
    public static TemporaryFiles untracked() {
        return new TemporaryFiles(null);
    }

    void add(Path temporary) {
        if (pending != null) {
            pending.add(temporary);
        }
    }

    void remove(Path temporary) {
        if (pending != null) {
            pending.remove(temporary);
        }
    }

    /** The files registered and not yet committed or discarded. */
    public Set<Path> pending() {
        return pending == null ? Set.of() : Set.copyOf(pending);
    }

    /**
     * How long {@link #deleteAll} waits before it looks again: a writer that checked
     * {@link #refuseIfStopped} just before the stop may still be creating its file (microseconds).
     */
    static final long GRACE_MILLIS = 50;

    /** Refuses to start a file once the run is stopping: nothing would delete it. */
    void refuseIfStopped(Path target) throws RunStoppedException {
        if (stopped) {
            throw new RunStoppedException(target + ": not written, the run is stopping");
        }
    }

    /** Whether {@link #deleteAll} has run: a failure to commit a file is then the stop's doing. */
    boolean stopped() {
        return stopped;
    }

    /**
     * Deletes every file still registered, and refuses new ones; never throws (it runs as the JVM
     * stops, while the writers run on). Looks again after {@link #GRACE_MILLIS}, for a file whose
     * writer was past {@link #refuseIfStopped} when the stop came.
     */
    public void deleteAll() {
        stopped = true;
        deletePending();
        try {
            Thread.sleep(GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deletePending();
    }

    private void deletePending() {
        for (Path file : pending()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a stray hidden .tmp file is the worst outcome
            }
        }
    }
}
