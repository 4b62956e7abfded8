package dev.qpsbind.azure.cli;

import dev.qpsbind.azure.Requests;
import dev.qpsbind.azure.model.ActivationModule;
import dev.qpsbind.azure.model.AssetDataConnectorErrors;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.AzureAuthRecordSimple;
import dev.qpsbind.azure.sandbox.QualysSandbox;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

/**
 * What {@code --sandbox} starts: a sandbox on a free loopback port, with credentials of its own and
 * a connector under each id the command names, shaped like the example request's connector so that
 * the documented update applies to it. Stateless.
 */
final class SandboxSeeds {

  /** The id of the example request ({@code examples/update-azure-connector.xml}). */
  static final long EXAMPLE_ID = 2004;

  /** The name of the example's connector, which the seeds share so that name filters match. */
  static final String EXAMPLE_NAME = "Azure Connector";

  private static final SecureRandom RANDOM = new SecureRandom();

  private SandboxSeeds() {}

  /**
   * Starts a sandbox holding a connector under each id, with run errors recorded for each.
   *
   * @param username the user it accepts
   * @param password the password it accepts
   */
  static QualysSandbox start(List<Long> ids, String username, String password) {
    QualysSandbox.Builder builder = QualysSandbox.builder().credentials(username, password);
    for (long id : ids) {
      builder.withConnector(id, connector(id));
      builder.seedErrors(id, error());
    }
    return builder.build().start();
  }

  /** A password nobody else knows, for a sandbox that lives as long as one command. */
  static String randomPassword() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static AzureAssetDataConnector connector(long id) {
    AzureAssetDataConnector connector = new AzureAssetDataConnector();
    connector.setId(id);
    connector.setName(EXAMPLE_NAME);
    connector.setDescription("Seeded by qps-azure --sandbox");
    connector.setDisabled(false);
    connector.setRunFrequency(240);
    connector.setRemediationEnabled(false);
    connector.setDefaultTags(Requests.tagsSet(123488470L));
    connector.setActivation(Requests.activationSet(ActivationModule.VM));
    AzureAuthRecordSimple auth = new AzureAuthRecordSimple();
    auth.setApplicationId("5c7e1a90-694d-4b2f-ae0b-d2bd14d1a4d7");
    auth.setDirectoryId("8d3f6b21-65ab-4c1e-9e5b-1ea02d3d94eb");
    auth.setSubscriptionId("2a9c4e87-4f67-4d03-917d-2246853844e1");
    // The sandbox keeps only a digest of it; nobody needs to know it.
    auth.setAuthenticationKey(randomPassword());
    connector.setAuthRecord(auth);
    return connector;
  }

  private static AssetDataConnectorErrors error() {
    AssetDataConnectorErrors error = new AssetDataConnectorErrors();
    error.setErrorMessage(
        "Sandbox sample: the application could not sign in to Azure (invalid client secret)");
    error.setCreated(LocalDate.of(2025, 1, 15));
    return error;
  }
}
