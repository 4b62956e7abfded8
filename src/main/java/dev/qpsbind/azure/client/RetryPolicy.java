package dev.qpsbind.azure.client;

import java.time.Duration;
import java.util.Objects;

/**
 * When the client tries a call again, and how long it waits.
 *
 * <p>Two kinds of failure are retried:
 *
 * <ul>
 *   <li><b>A limit answer</b> (HTTP 409 or 429, {@code LIMIT_EXCEEDED}, Qualys code 1960/1965): the
 *       client waits as the answer says ({@code X-RateLimit-ToWait-Sec}, {@code Retry-After} or the
 *       "for another N seconds" of the message), or {@link Builder#fallbackWait} when it says
 *       nothing, then tries again. This applies to every operation, create, update, delete and run
 *       included, because a limit answer is a refusal: the server did not carry the call out, so
 *       sending it again cannot do it twice. {@link Builder#retryLimitedWrites(boolean)} turns that
 *       off for the operations that change data.
 *   <li><b>A transport failure</b> (timeout, refused or dropped connection): retried for {@code
 *       get}, {@code search} and the errors search only. Create, update, delete and run are never
 *       sent again after a transport failure, since the server may have carried them out before the
 *       connection failed.
 * </ul>
 *
 * <p>Retries stop after {@link Builder#maxAttempts} attempts in all, or when the next wait would
 * take the sum of waits past {@link Builder#maxTotalWait}; the last failure is then thrown. A limit
 * answer asking for a wait longer than what is left is thrown at once, not waited for.
 *
 * <p>Immutable and thread-safe.
 */
public final class RetryPolicy {

  private static final RetryPolicy DEFAULT = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration maxTotalWait;
  private final Duration fallbackWait;
  private final Duration transportBackoff;
  private final boolean retryLimitedWrites;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.maxTotalWait = builder.maxTotalWait;
    this.fallbackWait = builder.fallbackWait;
    this.transportBackoff = builder.transportBackoff;
    this.retryLimitedWrites = builder.retryLimitedWrites;
  }

  /**
   * The default: 4 attempts in all, at most 5 minutes of waiting in all, 10 seconds when a limit
   * answer gives no wait, 1 second (doubled each time) after a transport failure, limit answers of
   * writes retried.
   */
  public static RetryPolicy defaults() {
    return DEFAULT;
  }

  /** No retry at all: every failure is thrown at once. */
  public static RetryPolicy none() {
    return NONE;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Attempts in all, the first one included; 1 means no retry. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The most time spent waiting between attempts of one call, all waits added up. */
  public Duration maxTotalWait() {
    return maxTotalWait;
  }

  /** The wait after a limit answer that says nothing about how long to wait. */
  public Duration fallbackWait() {
    return fallbackWait;
  }

  /** The wait after the first transport failure; doubled after each further one. */
  public Duration transportBackoff() {
    return transportBackoff;
  }

  /** Whether limit answers to create, update, delete and run are retried. */
  public boolean retryLimitedWrites() {
    return retryLimitedWrites;
  }

  /**
   * The wait after the given transport failure.
   *
   * @param failures how many transport failures this call has had, 1 or more
   */
  public Duration transportWait(int failures) {
    int doublings = Math.min(Math.max(failures - 1, 0), 16);
    return transportBackoff.multipliedBy(1L << doublings);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts="
        + maxAttempts
        + ", maxTotalWait="
        + maxTotalWait
        + ", fallbackWait="
        + fallbackWait
        + ", transportBackoff="
        + transportBackoff
        + ", retryLimitedWrites="
        + retryLimitedWrites
        + '}';
  }

  /** Settings of a policy. Not thread-safe; build once and share the policy. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration maxTotalWait = Duration.ofMinutes(5);
    private Duration fallbackWait = Duration.ofSeconds(10);
    private Duration transportBackoff = Duration.ofSeconds(1);
    private boolean retryLimitedWrites = true;

    private Builder() {}

    /** Attempts in all, at least 1 (default 4). */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1: '" + maxAttempts + "'");
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** The most time spent waiting for one call, all waits added up (default 5 minutes). */
    public Builder maxTotalWait(Duration maxTotalWait) {
      this.maxTotalWait = notNegative(maxTotalWait, "maxTotalWait");
      return this;
    }

    /** The wait after a limit answer that gives none (default 10 seconds). */
    public Builder fallbackWait(Duration fallbackWait) {
      this.fallbackWait = notNegative(fallbackWait, "fallbackWait");
      return this;
    }

    /** The first wait after a transport failure, doubled after each further one (default 1 s). */
    public Builder transportBackoff(Duration transportBackoff) {
      this.transportBackoff = notNegative(transportBackoff, "transportBackoff");
      return this;
    }

    /** Whether limit answers to create, update, delete and run are retried (default true). */
    public Builder retryLimitedWrites(boolean retryLimitedWrites) {
      this.retryLimitedWrites = retryLimitedWrites;
      return this;
    }

    /** The policy. */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration notNegative(Duration duration, String name) {
      Objects.requireNonNull(duration, name + " == null");
      if (duration.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative: '" + duration + "'");
      }
      return duration;
    }
  }
}
