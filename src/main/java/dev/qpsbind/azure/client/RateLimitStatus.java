package dev.qpsbind.azure.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The limit headers of one answer: the rate limit ({@code X-RateLimit-*}) and the concurrency limit
 * ({@code X-Concurrency-Limit-*}, also spelled {@code X-ConcurrencyLimit-*}). Header names are
 * matched without regard to case. Each number is empty when its header is absent or not a number;
 * some Qualys modules send none of them.
 *
 * <p>Immutable and thread-safe.
 */
public final class RateLimitStatus {

  private static final RateLimitStatus NONE =
      new RateLimitStatus(
          OptionalInt.empty(),
          OptionalInt.empty(),
          OptionalInt.empty(),
          OptionalInt.empty(),
          OptionalInt.empty(),
          OptionalInt.empty());

  private final OptionalInt limit;
  private final OptionalInt windowSeconds;
  private final OptionalInt remaining;
  private final OptionalInt toWaitSeconds;
  private final OptionalInt concurrencyLimit;
  private final OptionalInt concurrencyRunning;

  private RateLimitStatus(
      OptionalInt limit,
      OptionalInt windowSeconds,
      OptionalInt remaining,
      OptionalInt toWaitSeconds,
      OptionalInt concurrencyLimit,
      OptionalInt concurrencyRunning) {
    this.limit = limit;
    this.windowSeconds = windowSeconds;
    this.remaining = remaining;
    this.toWaitSeconds = toWaitSeconds;
    this.concurrencyLimit = concurrencyLimit;
    this.concurrencyRunning = concurrencyRunning;
  }

  /** A status with no number known. */
  public static RateLimitStatus none() {
    return NONE;
  }

  /**
   * Reads the limit headers of an answer.
   *
   * @param headers the answer's headers; names in any case, values as received
   */
  public static RateLimitStatus fromHeaders(Map<String, List<String>> headers) {
    Objects.requireNonNull(headers, "headers == null");
    Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(
        (name, values) -> {
          if (name != null && values != null) {
            byName.put(name, values);
          }
        });
    return new RateLimitStatus(
        number(byName, "X-RateLimit-Limit"),
        number(byName, "X-RateLimit-Window-Sec"),
        number(byName, "X-RateLimit-Remaining"),
        number(byName, "X-RateLimit-ToWait-Sec"),
        first(
            number(byName, "X-Concurrency-Limit-Limit"),
            number(byName, "X-ConcurrencyLimit-Limit")),
        first(
            number(byName, "X-Concurrency-Limit-Running"),
            number(byName, "X-ConcurrencyLimit-Running")));
  }

  private static OptionalInt number(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    if (values == null || values.isEmpty() || values.get(0) == null) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(values.get(0).trim()));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  private static OptionalInt first(OptionalInt preferred, OptionalInt other) {
    return preferred.isPresent() ? preferred : other;
  }

  /** Calls allowed per window ({@code X-RateLimit-Limit}). */
  public OptionalInt limit() {
    return limit;
  }

  /** The length of the window in seconds ({@code X-RateLimit-Window-Sec}). */
  public OptionalInt windowSeconds() {
    return windowSeconds;
  }

  /** Calls left in the current window ({@code X-RateLimit-Remaining}). */
  public OptionalInt remaining() {
    return remaining;
  }

  /** Seconds to wait before the next call ({@code X-RateLimit-ToWait-Sec}). */
  public OptionalInt toWaitSeconds() {
    return toWaitSeconds;
  }

  /**
   * Calls allowed at once ({@code X-Concurrency-Limit-Limit} or {@code X-ConcurrencyLimit-Limit}).
   */
  public OptionalInt concurrencyLimit() {
    return concurrencyLimit;
  }

  /**
   * Calls running now ({@code X-Concurrency-Limit-Running} or {@code X-ConcurrencyLimit-Running}).
   */
  public OptionalInt concurrencyRunning() {
    return concurrencyRunning;
  }

  /** Whether no number is known. */
  public boolean isEmpty() {
    return limit.isEmpty()
        && windowSeconds.isEmpty()
        && remaining.isEmpty()
        && toWaitSeconds.isEmpty()
        && concurrencyLimit.isEmpty()
        && concurrencyRunning.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RateLimitStatus that
        && limit.equals(that.limit)
        && windowSeconds.equals(that.windowSeconds)
        && remaining.equals(that.remaining)
        && toWaitSeconds.equals(that.toWaitSeconds)
        && concurrencyLimit.equals(that.concurrencyLimit)
        && concurrencyRunning.equals(that.concurrencyRunning);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        limit, windowSeconds, remaining, toWaitSeconds, concurrencyLimit, concurrencyRunning);
  }

  @Override
  public String toString() {
    return "RateLimitStatus{limit="
        + text(limit)
        + ", windowSeconds="
        + text(windowSeconds)
        + ", remaining="
        + text(remaining)
        + ", toWaitSeconds="
        + text(toWaitSeconds)
        + ", concurrencyLimit="
        + text(concurrencyLimit)
        + ", concurrencyRunning="
        + text(concurrencyRunning)
        + '}';
  }

  private static String text(OptionalInt value) {
    return value.isPresent() ? String.valueOf(value.getAsInt()) : "?";
  }
}
