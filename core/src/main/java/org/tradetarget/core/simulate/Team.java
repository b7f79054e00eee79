package org.tradetarget.core.simulate;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A fixed team of worker threads that run one phase at a time: {@link #run} hands the same task to
 * every member (the calling thread is member 0) and returns when all have finished. Between phases
 * the helpers spin briefly, then park, so the short serial steps between phases cost microseconds,
 * not a thread hand-off. Allocates nothing per phase.
 */
final class Team implements AutoCloseable {
  private static final int SPINS = 1 << 14;

  private final int size;
  private final Thread[] helpers;
  private final AtomicInteger finished = new AtomicInteger();
  private volatile long phase;
  private volatile IntConsumer task;
  private volatile boolean closed;
  private volatile Throwable failure;

  Team(int size) {
    this.size = size;
    this.helpers = new Thread[size - 1];
    for (int i = 1; i < size; i++) {
      int member = i;
      Thread t = new Thread(() -> loop(member), "tradetarget-mc-" + i);
      t.setDaemon(true);
      helpers[i - 1] = t;
      t.start();
    }
  }

  /** The number of members, including the caller. */
  int size() {
    return size;
  }

  /**
   * Runs {@code task.accept(member)} on every member and waits for all. A failure on any member is
   * rethrown here.
   */
  // Only the calling thread writes phase (the helpers read it), and yield is the back-off after a
  // short spin.
  @SuppressWarnings({"NonAtomicVolatileUpdate", "ThreadPriorityCheck"})
  void run(IntConsumer job) {
    if (size == 1) {
      job.accept(0);
      return;
    }
    task = job;
    finished.set(0);
    phase = phase + 1;
    for (Thread t : helpers) {
      LockSupport.unpark(t);
    }
    Throwable own = null;
    try {
      job.accept(0);
    } catch (RuntimeException | Error e) {
      own = e;
    }
    int spins = 0;
    while (finished.get() < size - 1) {
      if (++spins < SPINS) {
        Thread.onSpinWait();
      } else {
        Thread.yield();
      }
    }
    task = null;
    Throwable f = own != null ? own : failure;
    failure = null;
    if (f instanceof RuntimeException re) {
      throw re;
    }
    if (f instanceof Error er) {
      throw er;
    }
  }

  private void loop(int member) {
    long seen = 0;
    while (true) {
      int spins = 0;
      while (phase == seen && !closed) {
        if (++spins < SPINS) {
          Thread.onSpinWait();
        } else {
          LockSupport.park(this);
        }
      }
      if (closed) {
        return;
      }
      seen = phase;
      try {
        task.accept(member);
      } catch (RuntimeException | Error e) {
        failure = e;
      }
      finished.incrementAndGet();
    }
  }

  @Override
  public void close() {
    closed = true;
    for (Thread t : helpers) {
      LockSupport.unpark(t);
    }
  }
}
