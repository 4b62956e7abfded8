package dev.qpsbind.azure.sandbox;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Faults a sandbox injects so that client code can be tested against them: a rate limit (HTTP 409
 * with {@code X-RateLimit-ToWait-Sec}) every N calls, a fixed delay before every answer, and an
 * HTTP 200 whose {@code responseCode} is not {@code SUCCESS} every N calls. A faulted call changes
 * nothing in the store.
 *
 * <p>Set them on the builder or, while the sandbox runs, through {@link QualysSandbox#faults()}.
 * Each "every N calls" fault counts the calls made since it was set: with {@code rateLimitEvery(3,
 * 42)} the 3rd, 6th, 9th... calls are refused. The counted calls are those that passed
 * authentication and reached an API path. Thread-safe; a change applies to the next call. Arguments
 * must not be null, and nothing returned is null.
 */
public final class SandboxFaults {

  /** A rate limit fault: every {@code calls}-th call is refused, with this wait hint. */
  record RateLimit(int calls, int waitSeconds, AtomicLong counter) {}

  /** A failure fault: every {@code calls}-th call answers this code. */
  record Failure(int calls, String responseCode, String errorMessage, AtomicLong counter) {}

  private volatile RateLimit rateLimit;
  private volatile Failure failure;
  private volatile Duration delay = Duration.ZERO;

  SandboxFaults() {}

  /**
   * Refuses every {@code calls}-th call with HTTP 409, a {@code LIMIT_EXCEEDED} answer and the
   * headers {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} (0), {@code
   * X-RateLimit-Window-Sec} and {@code X-RateLimit-ToWait-Sec} ({@code waitSeconds}). While it is
   * on, successful answers carry {@code X-RateLimit-Limit} and {@code X-RateLimit-Remaining} too.
   *
   * @param calls 1 refuses every call
   * @param waitSeconds the wait hint sent, 0 or more
   */
  public SandboxFaults rateLimitEvery(int calls, int waitSeconds) {
    if (calls < 1) {
      throw new IllegalArgumentException("calls must be 1 or more: '" + calls + "'");
    }
    if (waitSeconds < 0) {
      throw new IllegalArgumentException("waitSeconds must be 0 or more: '" + waitSeconds + "'");
    }
    rateLimit = new RateLimit(calls, waitSeconds, new AtomicLong());
    return this;
  }

  /** Switches the rate limit fault off. */
  public SandboxFaults noRateLimit() {
    rateLimit = null;
    return this;
  }

  /**
   * Answers every {@code calls}-th call with HTTP 200, this {@code responseCode} and this {@code
   * errorMessage}, without doing what it asked.
   *
   * @param calls 1 fails every call
   * @param responseCode the code, for example {@code LIMIT_EXCEEDED}; not {@code SUCCESS}
   */
  public SandboxFaults failEvery(int calls, String responseCode, String errorMessage) {
    if (calls < 1) {
      throw new IllegalArgumentException("calls must be 1 or more: '" + calls + "'");
    }
    Objects.requireNonNull(responseCode, "responseCode == null");
    Objects.requireNonNull(errorMessage, "errorMessage == null");
    if (responseCode.equals("SUCCESS") || responseCode.isBlank()) {
      throw new IllegalArgumentException("a failure needs a code other than SUCCESS");
    }
    failure = new Failure(calls, responseCode, errorMessage, new AtomicLong());
    return this;
  }

  /** Switches the failure fault off. */
  public SandboxFaults noFailures() {
    failure = null;
    return this;
  }

  /** Waits this long before answering every call (through the sandbox's {@link Sleeper}). */
  public SandboxFaults delay(Duration delay) {
    Objects.requireNonNull(delay, "delay == null");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: '" + delay + "'");
    }
    this.delay = delay;
    return this;
  }

  /** Switches every fault off. */
  public SandboxFaults clear() {
    rateLimit = null;
    failure = null;
    delay = Duration.ZERO;
    return this;
  }

  /** The delay before every answer; zero when off. */
  public Duration delay() {
    return delay;
  }

  /** Every how many calls the rate limit refuses one; 0 when off. */
  public int rateLimitCalls() {
    RateLimit current = rateLimit;
    return current == null ? 0 : current.calls();
  }

  /** Every how many calls one is answered with a failure code; 0 when off. */
  public int failureCalls() {
    Failure current = failure;
    return current == null ? 0 : current.calls();
  }

  RateLimit rateLimit() {
    return rateLimit;
  }

  Failure failure() {
    return failure;
  }

  @Override
  public String toString() {
    return "SandboxFaults[rateLimitEvery="
        + rateLimitCalls()
        + ", failEvery="
        + failureCalls()
        + ", delay="
        + delay
        + "]";
  }
}
