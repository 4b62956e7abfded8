package dev.qpsbind.azure.sandbox;

import java.time.Duration;

/**
 * How the sandbox waits when a delay fault is on. Tests pass one that records the waits instead of
 * sleeping, so that they can check the delay is applied without timing anything. Implementations
 * must be thread-safe: requests are served concurrently.
 */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps on the calling thread; an interrupt ends the sleep and keeps the interrupt flag. */
  Sleeper REAL =
      duration -> {
        try {
          Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      };

  /** Waits for this long (never zero or negative: the sandbox does not call it then). */
  void sleep(Duration duration);
}
