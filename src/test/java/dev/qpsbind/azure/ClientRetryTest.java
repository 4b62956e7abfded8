package dev.qpsbind.azure;

import static dev.qpsbind.azure.ClientFixtures.clientOf;
import static dev.qpsbind.azure.ClientFixtures.newConnector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qpsbind.azure.ClientFixtures.RecordingSleeper;
import dev.qpsbind.azure.StubServer.Reply;
import dev.qpsbind.azure.client.Criterion;
import dev.qpsbind.azure.client.RetryPolicy;
import dev.qpsbind.azure.error.InvalidRequestException;
import dev.qpsbind.azure.error.RateLimitException;
import dev.qpsbind.azure.error.TransportException;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.Criteria;
import dev.qpsbind.azure.model.CriteriaOperator;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Retries: limit answers are waited out, transport failures retried for reads only. */
class ClientRetryTest {

  private StubServer server;
  private RecordingSleeper sleeper;
  private AzureConnectorClient client;

  @BeforeEach
  void start() {
    server = new StubServer();
    sleeper = new RecordingSleeper();
    client = clientOf(server, sleeper).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private static Reply limited(String toWaitSeconds) {
    return Reply.empty(409).header("X-RateLimit-ToWait-Sec", toWaitSeconds);
  }

  @Test
  void limitAnswerIsWaitedOutAsTheHeaderSaysThenRetried() {
    server.enqueue(limited("42"), Reply.ok("get-77.xml"));

    AzureAssetDataConnector connector = client.get(77);

    assertThat(connector.getId()).isEqualTo(77L);
    assertThat(server.count()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(42));
  }

  @Test
  void retryAfterIsHonouredWhenNoToWaitHeaderIsThere() {
    server.enqueue(
        Reply.text(429, "Too Many Requests").header("Retry-After", "7"),
        Reply.ok("search-page-3.xml"));

    client.search(List.of());

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void limitAnswerWithoutHintWaitsTheFallback() {
    AzureConnectorClient fallback =
        clientOf(server, sleeper)
            .retryPolicy(RetryPolicy.builder().fallbackWait(Duration.ofSeconds(3)).build())
            .build();
    server.enqueue(Reply.empty(409), Reply.ok("get-77.xml"));

    fallback.get(77);

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
    fallback.close();
  }

  @Test
  void retriesStopAfterTheMostAttemptsAndTheLastLimitIsThrown() {
    AzureConnectorClient bounded =
        clientOf(server, sleeper).retryPolicy(RetryPolicy.builder().maxAttempts(3).build()).build();
    server.enqueue(limited("1"), limited("2"), limited("3"), Reply.ok("get-77.xml"));

    assertThatThrownBy(() -> bounded.get(77))
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(3)));
    assertThat(server.count()).isEqualTo(3);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    bounded.close();
  }

  @Test
  void waitBeyondTheTotalBudgetIsNotWaitedFor() {
    AzureConnectorClient budgeted =
        clientOf(server, sleeper)
            .retryPolicy(RetryPolicy.builder().maxTotalWait(Duration.ofSeconds(60)).build())
            .build();
    server.enqueue(limited("40"), limited("40"), Reply.ok("get-77.xml"));

    assertThatThrownBy(() -> budgeted.get(77)).isInstanceOf(RateLimitException.class);
    assertThat(server.count()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(40));
    budgeted.close();
  }

  @Test
  void noRetryPolicyThrowsTheFirstLimitAnswer() {
    AzureConnectorClient strict = clientOf(server, sleeper).retryPolicy(RetryPolicy.none()).build();
    server.enqueue(limited("1"), Reply.ok("get-77.xml"));

    assertThatThrownBy(() -> strict.get(77)).isInstanceOf(RateLimitException.class);
    assertThat(server.count()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
    strict.close();
  }

  @Test
  void limitAnswerToACreateIsRetriedBecauseTheServerDidNotCarryItOut() {
    server.enqueue(limited("5"), Reply.ok("create-answer.xml"));

    AzureAssetDataConnector created = client.create(newConnector("FAKE-SECRET-0001"));

    assertThat(created.getId()).isEqualTo(901L);
    assertThat(server.count()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void limitAnswerToAWriteIsThrownWhenLimitedWritesAreNotRetried() {
    AzureConnectorClient cautious =
        clientOf(server, sleeper)
            .retryPolicy(RetryPolicy.builder().retryLimitedWrites(false).build())
            .build();
    server.enqueue(limited("5"), Reply.ok("id-only-77.xml"), limited("5"), Reply.ok("get-77.xml"));

    assertThatThrownBy(() -> cautious.update(77, new AzureAssetDataConnector()))
        .isInstanceOf(RateLimitException.class);
    assertThat(server.count()).isEqualTo(1);
    cautious.close();
  }

  static Stream<Arguments> writes() {
    Consumer<AzureConnectorClient> create = c -> c.create(newConnector("FAKE-SECRET-0001"));
    Consumer<AzureConnectorClient> update = c -> c.update(77, new AzureAssetDataConnector());
    Consumer<AzureConnectorClient> updateWhere =
        c ->
            c.updateWhere(
                List.of(Criterion.equalTo("name", "dev-azure")), new AzureAssetDataConnector());
    Consumer<AzureConnectorClient> delete = c -> c.delete(77);
    Consumer<AzureConnectorClient> deleteWhere =
        c -> c.deleteWhere(List.of(Criterion.equalTo("id", 77)));
    Consumer<AzureConnectorClient> run = c -> c.run(77);
    return Stream.of(
        Arguments.of("create", create),
        Arguments.of("update", update),
        Arguments.of("updateWhere", updateWhere),
        Arguments.of("delete", delete),
        Arguments.of("deleteWhere", deleteWhere),
        Arguments.of("run", run));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writes")
  void writeIsNeverSentTwiceAfterADroppedConnection(
      String name, Consumer<AzureConnectorClient> write) {
    server.enqueue(Reply.drop(), Reply.ok("id-only-77.xml"), Reply.ok("id-only-77.xml"));

    assertThatThrownBy(() -> write.accept(client)).isInstanceOf(TransportException.class);
    assertThat(server.count()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void getIsRetriedAfterDroppedConnections() {
    // The JDK's HTTP client itself sends a failed GET once more, so two drops make one failed
    // attempt of ours; the third drop makes sure our own retry is what recovers.
    server.enqueue(Reply.drop(), Reply.drop(), Reply.drop(), Reply.ok("get-77.xml"));

    AzureAssetDataConnector connector = client.get(77);

    assertThat(connector.getId()).isEqualTo(77L);
    assertThat(server.count()).isEqualTo(4);
    assertThat(sleeper.waits()).isNotEmpty().allSatisfy(wait -> assertThat(wait).isPositive());
  }

  @Test
  void searchIsRetriedAfterADroppedConnection() {
    server.enqueue(Reply.drop(), Reply.ok("search-page-3.xml"));

    client.search(List.of());

    assertThat(server.count()).isEqualTo(2);
    assertThat(sleeper.waits()).hasSize(1);
  }

  @Test
  void errorsSearchIsRetriedAfterADroppedConnection() {
    server.enqueue(Reply.drop(), Reply.ok("errors-77.xml"));

    client.errors(77);

    assertThat(server.count()).isEqualTo(2);
  }

  @Test
  void transportBackoffDoublesAfterEachFailure() {
    RetryPolicy policy = RetryPolicy.builder().transportBackoff(Duration.ofMillis(250)).build();

    assertThat(policy.transportWait(1)).isEqualTo(Duration.ofMillis(250));
    assertThat(policy.transportWait(2)).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.transportWait(3)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void connectorNameWithAControlCharacterNeverReachesTheServer() {
    AzureAssetDataConnector changes = new AzureAssetDataConnector();
    changes.setName("bad\u0001name");

    assertThatThrownBy(() -> client.update(77, changes))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(server.count()).isZero();
  }

  @Test
  void criteriaWithoutFieldNeverReachesTheServer() {
    Criteria noField = new Criteria();
    noField.setOperator(CriteriaOperator.EQUALS);
    noField.setValue("dev-azure");
    AzureAssetDataConnector changes = new AzureAssetDataConnector();
    changes.setDisabled(true);

    assertThatThrownBy(() -> client.updateWhere(List.of(noField), changes))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.errors()).isNotEmpty());
    assertThat(server.count()).isZero();
  }

  @Test
  void updateOrDeleteByAnEmptyFilterNeverReachesTheServer() {
    AzureAssetDataConnector changes = new AzureAssetDataConnector();
    changes.setDisabled(true);

    assertThatThrownBy(() -> client.updateWhere(List.of(), changes))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.errors())
                    .extracting(issue -> issue.path())
                    .anySatisfy(path -> assertThat(path).contains("filters")));
    assertThatThrownBy(() -> client.deleteWhere(List.of()))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(server.count()).isZero();
  }

  @Test
  void notEqualsInAnUpdateOrDeleteFilterNeverReachesTheServer() {
    Criteria notEquals = new Criteria();
    notEquals.setField("name");
    notEquals.setOperator(CriteriaOperator.NOT_EQUALS);
    notEquals.setValue("keep-me");
    AzureAssetDataConnector changes = new AzureAssetDataConnector();
    changes.setDisabled(true);

    assertThatThrownBy(() -> client.updateWhere(List.of(notEquals), changes))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.errors())
                    .extracting(issue -> issue.rule())
                    .contains("filter.not-equals"))
        .hasMessageContaining("NOT EQUALS");
    assertThatThrownBy(() -> client.deleteWhere(List.of(notEquals)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("NOT EQUALS");
    assertThat(server.count()).isZero();
  }
}
