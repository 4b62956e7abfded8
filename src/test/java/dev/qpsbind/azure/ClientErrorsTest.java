package dev.qpsbind.azure;

import static dev.qpsbind.azure.ClientFixtures.clientOf;
import static dev.qpsbind.azure.ClientFixtures.newConnector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qpsbind.azure.ClientFixtures.RecordingSleeper;
import dev.qpsbind.azure.StubServer.Reply;
import dev.qpsbind.azure.client.RetryPolicy;
import dev.qpsbind.azure.error.ApiException;
import dev.qpsbind.azure.error.ConnectorNotFoundException;
import dev.qpsbind.azure.error.InvalidResponseException;
import dev.qpsbind.azure.error.RateLimitException;
import dev.qpsbind.azure.error.TransportException;
import dev.qpsbind.azure.error.UnauthorizedException;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.rules.Operation;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each family of failure answers becomes its own exception type, with what the server said. */
class ClientErrorsTest {

  private StubServer server;
  private AzureConnectorClient client;

  @BeforeEach
  void start() {
    server = new StubServer();
    client = clientOf(server, new RecordingSleeper()).retryPolicy(RetryPolicy.none()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 400})
  void invalidRequestCarriesCodeMessageResolutionAndTheElementNamed(int status) {
    server.enqueue(Reply.golden(status, "invalid-request-lastsync.xml"));

    assertThatThrownBy(() -> client.update(77, new AzureAssetDataConnector()))
        .isExactlyInstanceOf(ApiException.class)
        .satisfies(
            thrown -> {
              ApiException e = (ApiException) thrown;
              assertThat(e.httpStatus()).isEqualTo(status);
              assertThat(e.operation()).isEqualTo(Operation.UPDATE);
              assertThat(e.responseCode()).hasValue("INVALID_REQUEST");
              assertThat(e.errorMessage())
                  .hasValue("lastSync: An error occurred while validating the element.");
              assertThat(e.errorResolution())
                  .hasValue("Remove read-only elements from the request.");
              assertThat(e.element()).hasValue("lastSync");
              assertThat(e.getMessage())
                  .contains("update of connector '77' failed", "INVALID_REQUEST");
            });
  }

  @Test
  void invalidApiVersionOnHttp200IsAnErrorNotAnEmptyResult() {
    server.enqueue(Reply.ok("invalid-api-version.xml"));

    assertThatThrownBy(() -> client.search(List.of()))
        .isExactlyInstanceOf(ApiException.class)
        .satisfies(
            thrown -> {
              ApiException e = (ApiException) thrown;
              assertThat(e.httpStatus()).isEqualTo(200);
              assertThat(e.responseCode()).hasValue("INVALID_API_VERSION");
              assertThat(e.errorMessage())
                  .hasValueSatisfying(
                      message -> assertThat(message).startsWith("The API version v2.0"));
              assertThat(e.element()).isEmpty();
            });
  }

  @Test
  void answerWithoutResponseCodeIsAnError() {
    server.enqueue(Reply.ok("no-response-code.xml"));

    assertThatThrownBy(() -> client.get(77))
        .isExactlyInstanceOf(ApiException.class)
        .hasMessageContaining("no responseCode");
  }

  @Test
  void objectNotFoundIsConnectorNotFound() {
    server.enqueue(Reply.ok("object-not-found.xml"));

    assertThatThrownBy(() -> client.delete(77))
        .isInstanceOfSatisfying(
            ConnectorNotFoundException.class,
            e -> {
              assertThat(e.connectorId()).hasValue(77L);
              assertThat(e.responseCode()).hasValue("OBJECT_NOT_FOUND");
              assertThat(e.operation()).isEqualTo(Operation.DELETE);
            });
  }

  @Test
  void http401WithHtmlBodyIsUnauthorizedAndRemindsOfTheRightsNeeded() {
    server.enqueue(Reply.golden(401, "error-page.html"));

    assertThatThrownBy(() -> client.get(77))
        .isInstanceOfSatisfying(
            UnauthorizedException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(401);
              assertThat(e.responseCode()).isEmpty();
              assertThat(e.getMessage()).contains("Manager with full scope");
            });
  }

  @Test
  void http401OnAPostIsUnauthorizedToo() {
    server.enqueue(
        Reply.golden(401, "error-page.html").header("WWW-Authenticate", "Basic realm=\"qualys\""));

    assertThatThrownBy(() -> client.update(77, new AzureAssetDataConnector()))
        .isInstanceOfSatisfying(
            UnauthorizedException.class, e -> assertThat(e.httpStatus()).isEqualTo(401));
  }

  @Test
  void insufficientPermissionOnHttp200IsUnauthorized() {
    server.enqueue(Reply.ok("insufficient-permission.xml"));

    assertThatThrownBy(() -> client.update(77, new AzureAssetDataConnector()))
        .isInstanceOfSatisfying(
            UnauthorizedException.class,
            e -> {
              assertThat(e.responseCode()).hasValue("INSUFFICIENT_PERMISSION");
              assertThat(e.getMessage()).contains("full scope");
            });
  }

  @Test
  void http403IsUnauthorized() {
    server.enqueue(Reply.text(403, "Forbidden"));

    assertThatThrownBy(() -> client.search(List.of()))
        .isInstanceOfSatisfying(
            UnauthorizedException.class, e -> assertThat(e.httpStatus()).isEqualTo(403));
  }

  @Test
  void htmlErrorPageIsAnApiErrorWithAnExcerptNotAParserFailure() {
    server.enqueue(Reply.golden(503, "error-page.html"));

    assertThatThrownBy(() -> client.get(77))
        .isExactlyInstanceOf(ApiException.class)
        .satisfies(
            thrown -> {
              ApiException e = (ApiException) thrown;
              assertThat(e.httpStatus()).isEqualTo(503);
              assertThat(e.bodyExcerpt()).contains("down for maintenance");
              assertThat(e.getMessage()).contains("HTTP 503");
            });
  }

  @Test
  void emptyBodyOnAServerErrorIsAnApiError() {
    server.enqueue(Reply.empty(502));

    assertThatThrownBy(() -> client.get(77))
        .isExactlyInstanceOf(ApiException.class)
        .satisfies(
            thrown -> {
              ApiException e = (ApiException) thrown;
              assertThat(e.httpStatus()).isEqualTo(502);
              assertThat(e.bodyExcerpt()).isEmpty();
            });
  }

  @Test
  void htmlBodyOnHttp200IsAnInvalidResponse() {
    server.enqueue(Reply.golden(200, "error-page.html"));

    assertThatThrownBy(() -> client.get(77)).isInstanceOf(InvalidResponseException.class);
  }

  @Test
  void redirectIsNotFollowedAndNamesTheTarget() {
    server.enqueue(Reply.empty(302).header("Location", "https://qualysapi.example.invalid/"));

    assertThatThrownBy(() -> client.get(77))
        .isExactlyInstanceOf(ApiException.class)
        .hasMessageContaining("redirects")
        .hasMessageContaining("https://qualysapi.example.invalid/");
    assertThat(server.count()).isEqualTo(1);
  }

  @Test
  void limit409WithLowerCaseHeadersCarriesTheWaitAndTheNumbers() {
    server.enqueue(
        Reply.text(409, "Conflict")
            .header("x-ratelimit-limit", "300")
            .header("x-ratelimit-window-sec", "3600")
            .header("x-ratelimit-remaining", "0")
            .header("x-ratelimit-towait-sec", "42")
            .header("x-concurrency-limit-limit", "2")
            .header("x-concurrency-limit-running", "2"));

    assertThatThrownBy(() -> client.get(77))
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(409);
              assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(42));
              assertThat(e.rateLimit().limit()).hasValue(300);
              assertThat(e.rateLimit().windowSeconds()).hasValue(3600);
              assertThat(e.rateLimit().remaining()).hasValue(0);
              assertThat(e.rateLimit().concurrencyLimit()).hasValue(2);
              assertThat(e.rateLimit().concurrencyRunning()).hasValue(2);
            });
  }

  @Test
  void limit429WithRetryAfterSecondsCarriesTheWait() {
    server.enqueue(Reply.text(429, "Too Many Requests").header("Retry-After", "7"));

    assertThatThrownBy(() -> client.search(List.of()))
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(429);
              assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(7));
              assertThat(e.rateLimit().isEmpty()).isTrue();
            });
  }

  @Test
  void retryAfterAsHttpDateIsMeasuredAgainstTheClock() {
    Clock clock = Clock.fixed(Instant.parse("2024-05-02T10:00:00Z"), ZoneOffset.UTC);
    AzureConnectorClient dated =
        clientOf(server, new RecordingSleeper())
            .retryPolicy(RetryPolicy.none())
            .clock(clock)
            .build();
    server.enqueue(
        Reply.text(429, "slow down").header("Retry-After", "Thu, 02 May 2024 10:01:30 GMT"));

    assertThatThrownBy(() -> dated.get(77))
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(90)));
    dated.close();
  }

  @Test
  void documented1965AnswerIsALimitWithTheSecondsOfTheMessage() {
    server.enqueue(Reply.golden(400, "limit-1965-classic.xml"));

    assertThatThrownBy(() -> client.get(77))
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(400);
              assertThat(e.responseCode()).hasValue("1965");
              assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(30));
            });
  }

  @Test
  void limitExceededCodeIsALimitAndTheOtherConcurrencySpellingIsRead() {
    server.enqueue(
        Reply.ok("limit-exceeded.xml")
            .header("X-ConcurrencyLimit-Limit", "2")
            .header("X-ConcurrencyLimit-Running", "3"));

    assertThatThrownBy(() -> client.get(77))
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> {
              assertThat(e.responseCode()).hasValue("LIMIT_EXCEEDED");
              assertThat(e.rateLimit().concurrencyLimit()).hasValue(2);
              assertThat(e.rateLimit().concurrencyRunning()).hasValue(3);
            });
  }

  @Test
  void limitWithoutAnyHintHasNoRetryAfter() {
    server.enqueue(Reply.empty(409));

    assertThatThrownBy(() -> client.get(77))
        .isInstanceOfSatisfying(
            RateLimitException.class, e -> assertThat(e.retryAfter()).isEmpty());
  }

  @Test
  void answerLargerThanTheCapIsRefused() {
    AzureConnectorClient capped =
        clientOf(server, new RecordingSleeper())
            .retryPolicy(RetryPolicy.none())
            .maxResponseBytes(200)
            .build();
    server.enqueue(Reply.ok("get-77.xml"));

    assertThatThrownBy(() -> capped.get(77))
        .isInstanceOfSatisfying(
            InvalidResponseException.class,
            e ->
                assertThat(e.issues())
                    .extracting(issue -> issue.rule())
                    .containsExactly("document-too-large"));
    capped.close();
  }

  @Test
  void answerLargerThanTheCapAfterGzipDecodingIsRefused() {
    AzureConnectorClient capped =
        clientOf(server, new RecordingSleeper())
            .retryPolicy(RetryPolicy.none())
            .maxResponseBytes(600)
            .build();
    server.enqueue(Reply.ok("get-77.xml").gzipped());

    assertThatThrownBy(() -> capped.get(77)).isInstanceOf(InvalidResponseException.class);
    capped.close();
  }

  @Test
  void readTimeoutIsATransportFailure() {
    CountDownLatch release = new CountDownLatch(1);
    AzureConnectorClient impatient =
        clientOf(server, new RecordingSleeper())
            .retryPolicy(RetryPolicy.none())
            .readTimeout(Duration.ofMillis(300))
            .build();
    server.enqueue(Reply.stall(release, "get-77.xml"));

    try {
      assertThatThrownBy(() -> impatient.get(77))
          .isInstanceOfSatisfying(
              TransportException.class, e -> assertThat(e.isTimeout()).isTrue());
    } finally {
      release.countDown();
      impatient.close();
    }
  }

  @Test
  void refusedConnectionIsATransportFailure() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = socket.getLocalPort();
    }
    AzureConnectorClient nowhere =
        AzureConnectorClient.builder()
            .baseUrl("http://127.0.0.1:" + port)
            .credentials(ClientFixtures.USER, ClientFixtures.PASSWORD)
            .retryPolicy(RetryPolicy.none())
            .build();

    assertThatThrownBy(() -> nowhere.create(newConnector("FAKE-SECRET-0001")))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> {
              assertThat(e.isTimeout()).isFalse();
              assertThat(e.getMessage()).contains("POST", "/create/am/azureassetdataconnector");
            });
    nowhere.close();
  }

  @Test
  void elementIsReadOnlyFromACamelCasePrefix() {
    assertThat(ApiException.elementOf("lastSync: An error occurred")).hasValue("lastSync");
    assertThat(ApiException.elementOf("authRecord.subscriptionId: bad value"))
        .hasValue("authRecord.subscriptionId");
    assertThat(ApiException.elementOf("Error: something went wrong")).isEmpty();
    assertThat(ApiException.elementOf("The API version v2.0 is not supported")).isEmpty();
    assertThat(ApiException.elementOf(null)).isEmpty();
  }
}
