package org.aftersales.platform.concurrency;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the passes of a background worker (the outbox relay, the timer poller) one at a time on its own thread.
 * Requests made while a pass is queued fold into it, those made during a pass into one more pass after it: a burst
 * of requests costs at most two passes, and none is lost.
 */
public final class SerialPasses {

    private final Runnable pass;
    private final ExecutorService thread;
    private final AtomicBoolean queued = new AtomicBoolean();

    public SerialPasses(String threadName, Runnable pass) {
        this.pass = pass;
        this.thread = Executors.newSingleThreadExecutor(Thread.ofPlatform().name(threadName).daemon().factory());
    }

    /** Asks for a pass soon, unless one is queued already. */
    public void request() {
        if (queued.compareAndSet(false, true)) {
            try {
                thread.execute(this::run);
            } catch (RejectedExecutionException e) {
                queued.set(false); // shutting down: the next start does what is left
            }
        }
    }

    private void run() {
        queued.set(false);
        pass.run();
    }

    /** Stops taking requests and waits at most {@code patience} for the running pass. */
    public void close(Duration patience) {
        thread.shutdown();
        try {
            thread.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
