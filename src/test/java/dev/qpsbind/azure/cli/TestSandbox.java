package dev.qpsbind.azure.cli;

import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.sandbox.QualysSandbox;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** A sandbox started by a test, and the environment whose credentials it accepts. */
final class TestSandbox {

  static final String USER = "cli-tester";
  static final String PASSWORD = "Tr1cky-Pa55word-for-the-CLI";

  /** The example request's key (examples/update-azure-connector.xml). */
  static final String EXAMPLE_KEY = "02LCb8/RCn0lbGj6xxxxxxxxnoH01rog=";

  /** Variables holding the sandbox's credentials. */
  static final Map<String, String> CREDENTIALS =
      Map.of(Environment.USERNAME, USER, Environment.PASSWORD, PASSWORD);

  /** The Basic header value of the test credentials. */
  static final String BASIC =
      Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

  private TestSandbox() {}

  /** A running sandbox holding a connector like the example's under each id. */
  static QualysSandbox start(long... ids) {
    QualysSandbox.Builder builder = QualysSandbox.builder().credentials(USER, PASSWORD);
    for (long id : ids) {
      builder.withConnector(id, SandboxSeeds.connector(id));
    }
    return builder.build().start();
  }

  /** A running sandbox holding this connector under this id, besides the others. */
  static QualysSandbox start(long id, AzureAssetDataConnector connector, long... others) {
    QualysSandbox.Builder builder =
        QualysSandbox.builder().credentials(USER, PASSWORD).withConnector(id, connector);
    for (long other : others) {
      builder.withConnector(other, SandboxSeeds.connector(other));
    }
    return builder.build().start();
  }

  /** Runs the command line against the sandbox, with its credentials in the environment. */
  static CliRun run(QualysSandbox sandbox, String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--base-url";
    all[args.length + 1] = sandbox.baseUrl();
    return CliRun.with(CREDENTIALS, all);
  }
}
