package dev.qpsbind.azure.error;

import dev.qpsbind.azure.client.RateLimitStatus;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A rate or concurrency limit refused the call: HTTP 409 or 429, a {@code responseCode} of {@code
 * LIMIT_EXCEEDED}, or Qualys code 1960/1965 ("cannot be run again for another N seconds"). The
 * server did not carry the call out.
 *
 * <p>{@link #retryAfter()} is what the answer asked for ({@code X-RateLimit-ToWait-Sec}, {@code
 * Retry-After}, or the seconds in the message); it is empty when the answer said nothing, which is
 * common on the first limited answer.
 */
public class RateLimitException extends ApiException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;
  private final transient RateLimitStatus rateLimit;

  /**
   * An exception for a limit answer.
   *
   * @param summary what failed
   * @param details what the server said
   * @param retryAfter the wait the answer asked for, or null when it named none
   * @param rateLimit the limit headers of the answer
   */
  public RateLimitException(
      String summary, Details details, Duration retryAfter, RateLimitStatus rateLimit) {
    super(
        summary + (retryAfter == null ? "" : " (retry after " + retryAfter.toSeconds() + " s)"),
        details);
    this.retryAfter = retryAfter;
    this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit == null");
  }

  /** The wait the answer asked for before the next call, when it named one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** The limit headers of the answer: limit, remaining calls, concurrency numbers. */
  public RateLimitStatus rateLimit() {
    return rateLimit == null ? RateLimitStatus.none() : rateLimit;
  }
}
