package dev.qpsbind.azure;

import static dev.qpsbind.azure.ClientFixtures.assertSimilar;
import static dev.qpsbind.azure.ClientFixtures.assertSimilarXml;
import static dev.qpsbind.azure.ClientFixtures.clientOf;
import static dev.qpsbind.azure.ClientFixtures.newConnector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qpsbind.azure.ClientFixtures.RecordingSleeper;
import dev.qpsbind.azure.StubServer.Recorded;
import dev.qpsbind.azure.StubServer.Reply;
import dev.qpsbind.azure.client.Criterion;
import dev.qpsbind.azure.client.Page;
import dev.qpsbind.azure.error.ConnectorNotFoundException;
import dev.qpsbind.azure.model.AssetDataConnectorErrors;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.CriteriaOperator;
import dev.qpsbind.azure.model.Preferences;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.xml.XmlCodec;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each operation's method, path, headers and body against a real loopback server. */
class ClientOperationsTest {

  private static final String CONNECTOR_PATH = "/qps/rest/3.0/%s/am/azureassetdataconnector";

  private StubServer server;
  private AzureConnectorClient client;

  @BeforeEach
  void start() {
    server = new StubServer();
    client = clientOf(server, new RecordingSleeper()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void documentedUpdateSampleGoesThroughAndTheDocumentedAnswerComesBackTyped() {
    byte[] sample = StubServer.resource("samples/update-request-sample1.xml");
    ServiceRequest request = XmlCodec.create().readRequest(sample).value();
    AzureAssetDataConnector connector = request.getData().getAzureAssetDataConnector();
    connector.setId(12345L);
    server.enqueue(Reply.ok("../../samples/update-response-sample1.xml"));

    AzureAssetDataConnector answer = client.update(12345, connector);

    Recorded sent = server.single();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(CONNECTOR_PATH.formatted("update") + "/12345");
    String expected =
        new String(sample, StandardCharsets.UTF_8).replace("<id>2004</id>", "<id>12345</id>");
    assertSimilarXml(sent.body(), expected.getBytes(StandardCharsets.UTF_8));
    assertThat(answer.getId()).isEqualTo(842602L);
  }

  @Test
  void documentedJsonSampleGoesThroughInJsonAndTheJsonAnswerComesBackTyped() {
    server.enqueue(
        Reply.text(
                200,
                new String(
                    StubServer.resource("json/update-response-sample2.json"),
                    StandardCharsets.UTF_8))
            .header("Content-Type", "application/json"));
    ServiceRequest request =
        dev.qpsbind.azure.json.JsonCodec.create()
            .readRequest(StubServer.resource("json/update-request-sample2-corrected.json"))
            .value();
    AzureAssetDataConnector connector = request.getData().getAzureAssetDataConnector();
    connector.setId(12345L);

    try (AzureConnectorClient json =
        clientOf(server, new RecordingSleeper()).wireFormat(WireFormat.JSON).build()) {
      AzureAssetDataConnector answer = json.update(12345, connector);

      assertThat(answer.getId()).isEqualTo(842602L);
    }
    Recorded sent = server.single();
    assertThat(sent.path()).isEqualTo(CONNECTOR_PATH.formatted("update") + "/12345");
    assertThat(sent.header("Content-Type")).startsWith("application/json");
    assertThat(sent.header("Accept")).isEqualTo("application/json");
    assertThat(sent.text()).startsWith("{").contains("\"ServiceRequest\"");
    ServiceRequest received =
        dev.qpsbind.azure.json.JsonCodec.create().readRequest(sent.body()).value();
    assertThat(
            received
                .getData()
                .getAzureAssetDataConnector()
                .getConnectorAppInfos()
                .getSet()
                .getConnectorAppInfoQLists())
        .hasSize(3);
  }

  @Test
  void everyRequestCarriesTheHeadersOfTheApi() {
    server.enqueue(Reply.ok("id-only-77.xml"));

    client.update(77, newConnector("FAKE-SECRET-0001"));

    Recorded sent = server.single();
    assertThat(sent.header("Content-Type")).isEqualToIgnoringWhitespace("text/xml;charset=UTF-8");
    assertThat(sent.header("Accept")).isEqualTo("application/xml");
    assertThat(sent.header("X-Requested-With")).isEqualTo("qualys-azure-connector");
    String expectedAuth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (ClientFixtures.USER + ":" + ClientFixtures.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
    assertThat(sent.header("Authorization")).isEqualTo(expectedAuth);
  }

  @Test
  void createPostsTheConnectorAndReturnsTheNewId() {
    server.enqueue(Reply.ok("create-answer.xml"));

    AzureAssetDataConnector created = client.create(newConnector("FAKE-SECRET-0001"));

    Recorded sent = server.single();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(CONNECTOR_PATH.formatted("create"));
    assertSimilar(sent.body(), "client-create.xml");
    assertThat(created.getId()).isEqualTo(901L);
  }

  @Test
  void getUsesHttpGetWithoutBodyAndReadsTheConnector() {
    server.enqueue(Reply.ok("get-77.xml"));

    AzureAssetDataConnector connector = client.get(77);

    Recorded sent = server.single();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo(CONNECTOR_PATH.formatted("get") + "/77");
    assertThat(sent.body()).isEmpty();
    assertThat(sent.header("Accept")).isEqualTo("application/xml");
    assertThat(connector.getId()).isEqualTo(77L);
    assertThat(connector.getName()).isEqualTo("dev-azure");
    assertThat(connector.isDisabled()).isFalse();
    assertThat(connector.getDefaultTags().getList().getTagSimples().get(0).getId())
        .isEqualTo(4242L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"search-empty-no-data.xml", "search-empty-data-element.xml"})
  void getOfAnAnswerWithoutDataIsNotFound(String answer) {
    server.enqueue(Reply.ok(answer));

    assertThatThrownBy(() -> client.get(77))
        .isInstanceOfSatisfying(
            ConnectorNotFoundException.class,
            e -> {
              assertThat(e.connectorId()).hasValue(77L);
              assertThat(e.responseCode()).hasValue("SUCCESS");
            });
  }

  @Test
  void findGivesEmptyForAConnectorThatIsNotThere() {
    server.enqueue(Reply.ok("object-not-found.xml"));

    Optional<AzureAssetDataConnector> found = client.find(77);

    assertThat(found).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"search-empty-no-data.xml", "search-empty-data-element.xml"})
  void searchOfAnAnswerWithoutDataIsAnEmptyPage(String answer) {
    server.enqueue(Reply.ok(answer));

    Page<AzureAssetDataConnector> page = client.search(List.of(Criterion.equalTo("name", "x")));

    assertThat(page.items()).isNotNull().isEmpty();
    assertThat(page.count()).isZero();
    assertThat(page.hasMoreRecords()).isFalse();
  }

  @Test
  void searchSendsFiltersAndPreferencesAndReadsTheEnvelope() {
    server.enqueue(Reply.ok("search-page-1.xml"));
    Preferences preferences = new Preferences();
    preferences.setLimitResults(50);

    Page<AzureAssetDataConnector> page =
        client.search(
            List.of(
                Criterion.equalTo(
                    "authRecord.subscriptionId", "00000000-0000-4000-8000-000000000003")),
            preferences);

    Recorded sent = server.single();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(CONNECTOR_PATH.formatted("search"));
    assertSimilar(sent.body(), "client-search.xml");
    assertThat(page.items()).extracting(AzureAssetDataConnector::getId).containsExactly(101L, 102L);
    assertThat(page.count()).isEqualTo(2);
    assertThat(page.hasMoreRecords()).isTrue();
    assertThat(page.lastId()).hasValue(102L);
    assertThat(page.warnings()).isEmpty();
  }

  @Test
  void searchReportsACountThatDoesNotMatchTheRecords() {
    server.enqueue(Reply.ok("search-count-mismatch.xml"));

    Page<AzureAssetDataConnector> page = client.search(List.of());

    assertThat(page.items()).hasSize(1);
    assertThat(page.count()).isEqualTo(2);
    assertThat(page.warnings()).extracting(issue -> issue.rule()).contains("count-mismatch");
  }

  @Test
  void updateWhereSendsFiltersAndDataWithoutAnIdInThePath() {
    server.enqueue(Reply.ok("update-by-filter-answer.xml"));
    AzureAssetDataConnector changes = new AzureAssetDataConnector();
    changes.setDisabled(true);

    List<AzureAssetDataConnector> updated =
        client.updateWhere(List.of(Criterion.equalTo("name", "dev-azure")), changes);

    Recorded sent = server.single();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(CONNECTOR_PATH.formatted("update"));
    assertSimilar(sent.body(), "client-update-by-filter.xml");
    assertThat(updated).extracting(AzureAssetDataConnector::getId).containsExactly(77L, 78L);
  }

  @Test
  void updateAndGetReadsTheConnectorBackAfterTheUpdate() {
    server.enqueue(Reply.ok("id-only-77.xml"), Reply.ok("get-77.xml"));
    AzureAssetDataConnector changes = new AzureAssetDataConnector();
    changes.setDescription("development subscription");

    AzureAssetDataConnector connector = client.updateAndGet(77, changes);

    List<Recorded> sent = server.requests();
    assertThat(sent).extracting(Recorded::method).containsExactly("POST", "GET");
    assertThat(sent)
        .extracting(Recorded::path)
        .containsExactly(
            CONNECTOR_PATH.formatted("update") + "/77", CONNECTOR_PATH.formatted("get") + "/77");
    assertThat(connector.getName()).isEqualTo("dev-azure");
  }

  @Test
  void deletePostsToThePathOfTheIdWithoutBody() {
    server.enqueue(Reply.ok("id-only-77.xml"));

    AzureAssetDataConnector deleted = client.delete(77);

    Recorded sent = server.single();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(CONNECTOR_PATH.formatted("delete") + "/77");
    assertThat(sent.body()).isEmpty();
    assertThat(deleted.getId()).isEqualTo(77L);
  }

  @Test
  void deleteWhereSendsTheFilters() {
    server.enqueue(Reply.ok("update-by-filter-answer.xml"));

    List<AzureAssetDataConnector> deleted =
        client.deleteWhere(List.of(Criterion.of("id", CriteriaOperator.IN, "77,78")));

    Recorded sent = server.single();
    assertThat(sent.path()).isEqualTo(CONNECTOR_PATH.formatted("delete"));
    assertSimilar(sent.body(), "client-delete-by-filter.xml");
    assertThat(deleted).hasSize(2);
  }

  @Test
  void runPostsToThePathOfTheIdAndToleratesAnAnswerWithoutData() {
    server.enqueue(Reply.ok("id-only-77.xml"), Reply.ok("run-no-data.xml"));

    Optional<AzureAssetDataConnector> first = client.run(77);
    Optional<AzureAssetDataConnector> second = client.run(77);

    assertThat(server.requests())
        .extracting(Recorded::path)
        .containsOnly(CONNECTOR_PATH.formatted("run") + "/77");
    assertThat(server.requests()).extracting(Recorded::method).containsOnly("POST");
    assertThat(first).map(AzureAssetDataConnector::getId).hasValue(77L);
    assertThat(second).isEmpty();
  }

  @Test
  void errorsSearchesTheErrorsNounByConnectorId() {
    server.enqueue(Reply.ok("errors-77.xml"));

    Page<AssetDataConnectorErrors> errors = client.errors(77);

    Recorded sent = server.single();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/qps/rest/3.0/search/am/assetdataconnectorerrors");
    assertSimilar(sent.body(), "client-errors-77.xml");
    assertThat(errors.items())
        .extracting(AssetDataConnectorErrors::getErrorMessage)
        .containsExactly(
            "The client secret of the application has expired.", "Subscription not found.");
    assertThat(errors.items().get(0).getCreated()).isEqualTo(LocalDate.of(2024, 5, 2));
  }

  @Test
  void nonAsciiNamesTravelAsUtf8BothWaysAndGzipIsDecoded() {
    server.enqueue(Reply.ok("unicode-78.xml").gzipped());
    AzureAssetDataConnector changes = new AzureAssetDataConnector();
    changes.setName("Prod-Zürich-東京-💾");

    AzureAssetDataConnector answer = client.update(78, changes);

    Recorded sent = server.single();
    assertThat(sent.header("Content-Type")).containsIgnoringCase("charset=UTF-8");
    assertThat(sent.header("Accept-Encoding")).contains("gzip");
    ServiceRequest received = XmlCodec.create().readRequest(sent.body()).value();
    assertThat(received.getData().getAzureAssetDataConnector().getName())
        .isEqualTo("Prod-Zürich-東京-💾");
    assertThat(answer.getName()).isEqualTo("Prod-Zürich-東京-💾");
    assertThat(answer.getDescription()).isEqualTo("Ärger & “quotes”");
  }

  @Test
  void rateLimitHeadersOfASuccessfulAnswerAreExposed() {
    server.enqueue(
        Reply.ok("search-page-3.xml")
            .header("X-RateLimit-Limit", "300")
            .header("x-ratelimit-remaining", "12"));

    Page<AzureAssetDataConnector> page = client.search(List.of());

    assertThat(page.rateLimit().remaining()).hasValue(12);
    assertThat(client.lastRateLimit())
        .hasValueSatisfying(
            status -> {
              assertThat(status.remaining()).hasValue(12);
              assertThat(status.limit()).hasValue(300);
            });
  }

  @Test
  void lastRateLimitIsEmptyBeforeAnyAnswerCarriedLimitHeaders() {
    server.enqueue(Reply.ok("search-page-3.xml"));

    client.search(List.of());

    assertThat(client.lastRateLimit()).isEmpty();
  }

  @Test
  void unknownElementsOfANewerServerAreWarningsAndTheRestIsRead() {
    server.enqueue(
        Reply.text(
            200,
            """
            <ServiceResponse><responseCode>SUCCESS</responseCode><count>1</count><data>
              <AzureAssetDataConnector><id>77</id><futureFlag>true</futureFlag>
                <disabled>false</disabled></AzureAssetDataConnector></data></ServiceResponse>\
            """));

    Page<AzureAssetDataConnector> page = client.search(List.of());

    assertThat(page.items())
        .singleElement()
        .satisfies(
            connector -> {
              assertThat(connector.getId()).isEqualTo(77L);
              assertThat(connector.isDisabled()).isFalse();
            });
    assertThat(page.warnings()).extracting(issue -> issue.rule()).contains("unknown-element");
  }

  @Test
  void oneClientServesSeveralThreadsAtOnce() throws Exception {
    int calls = 8;
    for (int i = 0; i < calls; i++) {
      server.enqueue(Reply.ok("get-77.xml"));
    }
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<AzureAssetDataConnector>> results = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        results.add(threads.submit(() -> client.get(77)));
      }

      for (Future<AzureAssetDataConnector> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS).getName()).isEqualTo("dev-azure");
      }
      assertThat(server.count()).isEqualTo(calls);
    } finally {
      threads.shutdownNow();
    }
  }
}
