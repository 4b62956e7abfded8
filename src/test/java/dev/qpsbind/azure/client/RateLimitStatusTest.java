package dev.qpsbind.azure.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitStatusTest {

  @Test
  void headerNamesAreMatchedWithoutRegardToCase() {
    RateLimitStatus status =
        RateLimitStatus.fromHeaders(
            Map.of(
                "x-ratelimit-limit", List.of("300"),
                "X-RATELIMIT-REMAINING", List.of("5"),
                "X-RateLimit-Window-Sec", List.of("3600"),
                "x-ratelimit-towait-sec", List.of("42")));

    assertThat(status.limit()).hasValue(300);
    assertThat(status.remaining()).hasValue(5);
    assertThat(status.windowSeconds()).hasValue(3600);
    assertThat(status.toWaitSeconds()).hasValue(42);
    assertThat(status.isEmpty()).isFalse();
  }

  @Test
  void bothConcurrencySpellingsAreRead() {
    RateLimitStatus dashed =
        RateLimitStatus.fromHeaders(
            Map.of(
                "X-Concurrency-Limit-Limit",
                List.of("2"),
                "X-Concurrency-Limit-Running",
                List.of("1")));
    RateLimitStatus joined =
        RateLimitStatus.fromHeaders(
            Map.of(
                "X-ConcurrencyLimit-Limit",
                List.of("2"),
                "X-ConcurrencyLimit-Running",
                List.of("1")));

    assertThat(dashed).isEqualTo(joined);
    assertThat(joined.concurrencyLimit()).hasValue(2);
    assertThat(joined.concurrencyRunning()).hasValue(1);
  }

  @Test
  void missingOrMalformedNumbersAreEmptyNotZero() {
    RateLimitStatus status =
        RateLimitStatus.fromHeaders(
            Map.of(
                "X-RateLimit-Limit", List.of("many"), "Content-Type", List.of("application/xml")));

    assertThat(status.limit()).isEmpty();
    assertThat(status.toWaitSeconds()).isEmpty();
    assertThat(status.isEmpty()).isTrue();
    assertThat(status).isEqualTo(RateLimitStatus.none());
  }
}
