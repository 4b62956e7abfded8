package dev.qpsbind.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.client.RetryPolicy;
import dev.qpsbind.azure.client.Sleeper;
import dev.qpsbind.azure.model.ActivationModule;
import dev.qpsbind.azure.model.ActivationModuleItems;
import dev.qpsbind.azure.model.ActivationModuleQList;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.AzureAuthRecordSimple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.ElementSelectors;

/** Shared pieces of the client tests. */
final class ClientFixtures {

  static final String USER = "fake_user";
  static final String PASSWORD = "FAKE-PW-0003";

  private ClientFixtures() {}

  /** A client of the stub server that records its waits instead of sleeping. */
  static AzureConnectorClient.Builder clientOf(StubServer server, RecordingSleeper sleeper) {
    return AzureConnectorClient.builder()
        .baseUrl(server.baseUrl())
        .credentials(USER, PASSWORD)
        .sleeper(sleeper)
        .retryPolicy(RetryPolicy.builder().transportBackoff(Duration.ofMillis(250)).build());
  }

  /** A connector as a caller would build it for a create. */
  static AzureAssetDataConnector newConnector(String authenticationKey) {
    AzureAssetDataConnector connector = new AzureAssetDataConnector();
    connector.setName("dev-azure");
    connector.setDisabled(false);
    connector.setRunFrequency(240);
    ActivationModuleItems modules = new ActivationModuleItems();
    modules.getActivationModules().add(ActivationModule.VM);
    ActivationModuleQList activation = new ActivationModuleQList();
    activation.setSet(modules);
    connector.setActivation(activation);
    AzureAuthRecordSimple auth = new AzureAuthRecordSimple();
    auth.setApplicationId("00000000-0000-4000-8000-000000000001");
    auth.setDirectoryId("00000000-0000-4000-8000-000000000002");
    auth.setSubscriptionId("00000000-0000-4000-8000-000000000003");
    auth.setAuthenticationKey(authenticationKey);
    connector.setAuthRecord(auth);
    return connector;
  }

  /** Asserts that a body is similar to a golden request (whitespace, comments, order ignored). */
  static void assertSimilar(byte[] actual, String goldenRequest) {
    assertSimilarXml(actual, StubServer.resource("golden/requests/" + goldenRequest));
  }

  /** Asserts that two documents are similar (whitespace, comments and sibling order ignored). */
  static void assertSimilarXml(byte[] actual, byte[] expected) {
    Diff diff =
        DiffBuilder.compare(Input.fromByteArray(expected))
            .withTest(Input.fromByteArray(actual))
            .ignoreWhitespace()
            .ignoreComments()
            .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byName))
            .checkForSimilar()
            .build();
    assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
  }

  /** A sleeper that records each wait and returns at once. */
  static final class RecordingSleeper implements Sleeper {
    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void sleep(Duration duration) {
      waits.add(duration);
    }

    List<Duration> waits() {
      synchronized (waits) {
        return List.copyOf(waits);
      }
    }
  }
}
