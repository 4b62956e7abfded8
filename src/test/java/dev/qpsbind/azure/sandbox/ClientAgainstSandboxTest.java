package dev.qpsbind.azure.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qpsbind.azure.AzureConnectorClient;
import dev.qpsbind.azure.WireFormat;
import dev.qpsbind.azure.client.Criterion;
import dev.qpsbind.azure.error.ApiException;
import dev.qpsbind.azure.error.ConnectorNotFoundException;
import dev.qpsbind.azure.error.RateLimitException;
import dev.qpsbind.azure.model.AssetDataConnectorState;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.CriteriaOperator;
import dev.qpsbind.azure.model.Preferences;
import dev.qpsbind.azure.xml.XmlCodec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Our own client against our own sandbox over loopback HTTP, in both wire formats: the whole flow a
 * user's integration test would run, with no stub in between.
 */
class ClientAgainstSandboxTest {

  private QualysSandbox sandbox;
  private AzureConnectorClient client;

  private AzureConnectorClient start(WireFormat format, QualysSandbox.Builder builder) {
    sandbox = builder.build().start();
    client =
        AzureConnectorClient.builder()
            .baseUrl(sandbox.baseUrl())
            .credentials(QualysSandbox.DEFAULT_USERNAME, QualysSandbox.DEFAULT_PASSWORD)
            .wireFormat(format)
            .retryPolicy(dev.qpsbind.azure.client.RetryPolicy.none())
            .build();
    return client;
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @ParameterizedTest
  @EnumSource(WireFormat.class)
  void createUpdateGetRunAndDeleteGoThroughTheWholeStack(WireFormat format) {
    AzureConnectorClient api = start(format, QualysSandbox.builder());

    AzureAssetDataConnector created = api.create(Fixtures.connector("prod-sub-01"));
    AzureAssetDataConnector changes = new AzureAssetDataConnector();
    changes.setDescription("updated through " + format);
    changes.setDisabled(false);
    AzureAssetDataConnector updated = api.updateAndGet(created.getId(), changes);
    api.run(created.getId());
    AssetDataConnectorState afterRun = api.get(created.getId()).getConnectorState();
    api.delete(created.getId());

    assertThat(created.getId()).isPositive();
    assertThat(updated.getDescription()).isEqualTo("updated through " + format);
    assertThat(updated.getName()).isEqualTo("prod-sub-01");
    assertThat(updated.getAuthRecord().getAuthenticationKey()).isNull();
    assertThat(afterRun).isIn(AssetDataConnectorState.RUNNING, AssetDataConnectorState.QUEUED);
    assertThat(api.find(created.getId())).isEmpty();
    assertThatThrownBy(() -> api.get(created.getId()))
        .isInstanceOf(ConnectorNotFoundException.class);
  }

  @ParameterizedTest
  @EnumSource(WireFormat.class)
  void searchAllWalksEveryPageOfTheSandbox(WireFormat format) {
    AzureConnectorClient api = start(format, QualysSandbox.builder());
    for (int i = 0; i < 25; i++) {
      api.create(Fixtures.connector("connector-" + i));
    }
    Preferences preferences = new Preferences();
    preferences.setLimitResults(10);
    List<Integer> pageSizes = new ArrayList<>();

    long total = api.searchAll(List.of(), preferences, page -> pageSizes.add(page.items().size()));
    List<AzureAssetDataConnector> named =
        api.searchAll(List.of(Criterion.of("name", CriteriaOperator.CONTAINS, "connector-1")));

    assertThat(total).isEqualTo(25);
    assertThat(pageSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(25);
    assertThat(pageSizes.get(0)).isEqualTo(10);
    assertThat(named)
        .extracting(AzureAssetDataConnector::getName)
        .containsExactlyInAnyOrder(
            "connector-1",
            "connector-10",
            "connector-11",
            "connector-12",
            "connector-13",
            "connector-14",
            "connector-15",
            "connector-16",
            "connector-17",
            "connector-18",
            "connector-19");
  }

  @ParameterizedTest
  @EnumSource(WireFormat.class)
  void pagesOfOneRecordReadEverythingFromAServerThatCountsTheCursorIn(WireFormat format) {
    AzureConnectorClient api = start(format, QualysSandbox.builder());
    List<Long> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(api.create(Fixtures.connector("one-by-one-" + i)).getId());
    }
    Preferences one = new Preferences();
    one.setLimitResults(1);

    List<Long> seen = api.searchAll(List.of(), one).stream().map(c -> c.getId()).toList();

    assertThat(seen).containsExactlyElementsOf(created);
  }

  @ParameterizedTest
  @EnumSource(WireFormat.class)
  void theSandboxFaultsReachTheClientAsTypedErrors(WireFormat format) {
    AzureConnectorClient api = start(format, QualysSandbox.builder());
    long id = api.create(Fixtures.connector("faulty")).getId();

    sandbox.faults().rateLimitEvery(1, 42);
    assertThatThrownBy(() -> api.get(id))
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> assertThat(e.retryAfter()).hasValue(java.time.Duration.ofSeconds(42)));
    sandbox.faults().clear();
    sandbox.faults().failEvery(1, "INVALID_API_VERSION", "The API version is not supported.");
    assertThatThrownBy(() -> api.get(id))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.responseCode()).hasValue("INVALID_API_VERSION"));
  }

  @ParameterizedTest
  @EnumSource(WireFormat.class)
  void theDocumentedUpdateGoesToASeededConnector(WireFormat format) {
    AzureAssetDataConnector seed = new AzureAssetDataConnector();
    seed.setName("seeded");
    AzureConnectorClient api = start(format, QualysSandbox.builder().withConnector(2004, seed));
    AzureAssetDataConnector documented =
        XmlCodec.create()
            .readRequest(dev.qpsbind.azure.TestFiles.bytes("samples/update-request-sample1.xml"))
            .value()
            .getData()
            .getAzureAssetDataConnector();

    AzureAssetDataConnector answer = api.update(2004, documented);

    assertThat(answer.getId()).isEqualTo(2004L);
    assertThat(sandbox.connector(2004).orElseThrow().getName()).isEqualTo("Azure Connector");
    assertThat(sandbox.authenticationKeyMatches(2004, "02LCb8/RCn0lbGj6xxxxxxxxnoH01rog="))
        .isTrue();
  }
}
