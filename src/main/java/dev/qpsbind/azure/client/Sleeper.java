package dev.qpsbind.azure.client;

import java.time.Duration;

/**
 * Waits before a retry. The client calls it instead of {@link Thread#sleep} so that tests can
 * record the waits instead of sleeping. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps on the calling thread with {@link Thread#sleep}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /**
   * Waits for a duration.
   *
   * @param duration how long, never negative
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
