package dev.qpsbind.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qpsbind.azure.ClientFixtures.RecordingSleeper;
import dev.qpsbind.azure.StubServer.Reply;
import dev.qpsbind.azure.rules.Operation;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.HttpUrlConnectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Base URL checks and URL building (field case C05), and the builder's other settings. */
class ClientConfigurationTest {

  private static AzureConnectorClient.Builder builder(String baseUrl) {
    return AzureConnectorClient.builder()
        .baseUrl(baseUrl)
        .credentials(ClientFixtures.USER, ClientFixtures.PASSWORD);
  }

  @Test
  void trailingSlashBaseGivesExactlyTheVersionedUrl() {
    try (AzureConnectorClient client = builder("https://qualysapi.example.invalid/").build()) {

      URI uri = client.uri(Operation.GET, 77L);

      assertThat(uri.toString())
          .isEqualTo(
              "https://qualysapi.example.invalid/qps/rest/3.0/get/am/azureassetdataconnector/77");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "CREATE, , /qps/rest/3.0/create/am/azureassetdataconnector",
    "UPDATE, 5, /qps/rest/3.0/update/am/azureassetdataconnector/5",
    "UPDATE_BY_FILTER, , /qps/rest/3.0/update/am/azureassetdataconnector",
    "SEARCH, , /qps/rest/3.0/search/am/azureassetdataconnector",
    "DELETE, 5, /qps/rest/3.0/delete/am/azureassetdataconnector/5",
    "DELETE_BY_FILTER, , /qps/rest/3.0/delete/am/azureassetdataconnector",
    "RUN, 5, /qps/rest/3.0/run/am/azureassetdataconnector/5",
    "SEARCH_ERRORS, , /qps/rest/3.0/search/am/assetdataconnectorerrors",
  })
  void everyOperationHasItsPath(Operation operation, Long id, String path) {
    try (AzureConnectorClient client = builder("https://qualysapi.example.invalid:8443").build()) {

      URI uri = client.uri(operation, id);

      assertThat(uri.toString()).isEqualTo("https://qualysapi.example.invalid:8443" + path);
    }
  }

  @Test
  void idIsRequiredWhereThePathTakesOneAndRefusedElsewhere() {
    try (AzureConnectorClient client = builder("https://qualysapi.example.invalid").build()) {

      assertThatThrownBy(() -> client.uri(Operation.GET, null))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> client.uri(Operation.SEARCH, 5L))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> client.get(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'0'");
    }
  }

  @Test
  void baseUrlWithAPathIsRefused() {
    assertThatThrownBy(() -> builder("https://qualysapi.example.invalid/qps/rest/2.0").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'/qps/rest/2.0'")
        .hasMessageContaining("scheme, host and port only");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://qualysapi.example.invalid/?x=1",
        "https://qualysapi.example.invalid/#top",
        "qualysapi.example.invalid",
        "ftp://qualysapi.example.invalid",
        "http://qualysapi.example.invalid",
        "http://10.0.0.1",
        "http://127.example.invalid",
      })
  void baseUrlsThatAreNotAnHttpsOriginAreRefused(String baseUrl) {
    assertThatThrownBy(() -> builder(baseUrl).build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void userInformationIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> builder("https://user:FAKE-PW-0009@qualysapi.example.invalid"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("FAKE-PW-0009")
        .hasMessageContaining("user information");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080",
        "http://127.1.2.3",
        "http://localhost:9000",
        "http://[::1]:8080",
        "https://qualysapi.example.invalid",
        "HTTPS://QUALYSAPI.EXAMPLE.INVALID/",
      })
  void httpsOriginsAndLoopbackHttpAreAccepted(String baseUrl) {
    try (AzureConnectorClient client = builder(baseUrl).build()) {
      assertThat(client.uri(Operation.SEARCH, null).getPath())
          .isEqualTo("/qps/rest/3.0/search/am/azureassetdataconnector");
    }
  }

  @ParameterizedTest
  @EnumSource(Platform.class)
  void everyPlatformGivesAnHttpsOrigin(Platform platform) {
    try (AzureConnectorClient client =
        AzureConnectorClient.builder()
            .platform(platform)
            .credentials(ClientFixtures.USER, ClientFixtures.PASSWORD)
            .build()) {
      assertThat(client.baseUri().toString()).isEqualTo("https://" + platform.host());
    }
  }

  @Test
  void platformsKnowTheirHosts() {
    assertThat(Platform.US1.host()).isEqualTo("qualysapi.qualys.com");
    assertThat(Platform.EU2.baseUri()).hasToString("https://qualysapi.qg2.apps.qualys.eu");
    assertThat(Platform.KSA1.host()).isEqualTo("qualysapi.qg1.apps.qualysksa.com");
    assertThat(Arrays.stream(Platform.values()).map(Platform::name))
        .containsExactlyInAnyOrder(
            "US1", "US2", "US3", "US4", "GOV1", "EU1", "EU2", "EU3", "IN1", "CA1", "AE1", "UK1",
            "AU1", "KSA1");
  }

  @Test
  void missingBaseUrlOrCredentialsAreReportedAtBuild() {
    assertThatThrownBy(
            () ->
                AzureConnectorClient.builder()
                    .credentials(ClientFixtures.USER, ClientFixtures.PASSWORD)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("base URL");
    assertThatThrownBy(
            () ->
                AzureConnectorClient.builder().baseUrl("https://qualysapi.example.invalid").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("credentials");
  }

  @Test
  void injectedJerseyClientIsUsedLeftUnchangedAndNotClosed() {
    Client jersey = ClientBuilder.newClient();
    try (StubServer server = new StubServer()) {
      server.enqueue(Reply.ok("get-77.xml"));
      AzureConnectorClient client =
          AzureConnectorClient.builder()
              .baseUrl(server.baseUrl())
              .credentials(ClientFixtures.USER, ClientFixtures.PASSWORD)
              .sleeper(new RecordingSleeper())
              .client(jersey)
              .build();

      client.get(77);
      client.close();

      assertThat(server.single().header("Authorization")).startsWith("Basic ");
      assertThat(jersey.getConfiguration().getInstances()).isEmpty();
      assertThat(jersey.target(server.baseUrl())).isNotNull();
    } finally {
      jersey.close();
    }
  }

  @Test
  void clientConfigConnectorIsUsedAndTheConfigIsLeftUnchanged() {
    AtomicInteger connections = new AtomicInteger();
    // A connection factory is where proxies and custom TLS plug in.
    ClientConfig config =
        new ClientConfig()
            .connectorProvider(
                new HttpUrlConnectorProvider()
                    .connectionFactory(
                        url -> {
                          connections.incrementAndGet();
                          return (HttpURLConnection) url.openConnection();
                        }));
    try (StubServer server = new StubServer()) {
      server.enqueue(Reply.ok("get-77.xml"));
      try (AzureConnectorClient client =
          AzureConnectorClient.builder()
              .baseUrl(server.baseUrl())
              .credentials(ClientFixtures.USER, ClientFixtures.PASSWORD)
              .clientConfig(config)
              .build()) {

        client.get(77);
      }

      assertThat(connections).hasValue(1);
      assertThat(server.single().header("Authorization")).startsWith("Basic ");
      assertThat(config.getInstances()).isEmpty();
    }
  }
}
