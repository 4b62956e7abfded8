package dev.qpsbind.azure.cli;

import dev.qpsbind.azure.AzureConnectorClient;
import dev.qpsbind.azure.Platform;
import dev.qpsbind.azure.WireFormat;
import dev.qpsbind.azure.client.RetryPolicy;
import dev.qpsbind.azure.sandbox.QualysSandbox;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.glassfish.jersey.client.ClientConfig;

/**
 * Everything one network command talks through: the client, the recorder that sees what it sends
 * and receives, and the sandbox when {@code --sandbox} started one. Closing it closes the client
 * and stops the sandbox. Used by one thread.
 */
final class Session implements AutoCloseable {

  /** Where to send: exactly one of the three is set. */
  record Target(String platform, String baseUrl, boolean sandbox) {}

  private final AzureConnectorClient client;
  private final WireRecorder recorder;
  private final QualysSandbox sandbox;

  private Session(AzureConnectorClient client, WireRecorder recorder, QualysSandbox sandbox) {
    this.client = client;
    this.recorder = recorder;
    this.sandbox = sandbox;
  }

  /**
   * Checks the target without contacting anything: a known platform name, a usable base URL.
   *
   * @throws Failures.UsageProblem if it is neither
   */
  static void check(Target target) {
    if (target.platform() != null) {
      platform(target.platform());
    }
  }

  /**
   * Opens a session: starts the sandbox if asked, finds the credentials and builds the client.
   *
   * @param sandboxIds the connectors a sandbox starts with
   * @param out flushed before a credentials prompt
   * @param err where the sandbox's address is told
   * @param secrets learns the password of this run
   * @throws Failures.UsageProblem for an unknown platform or an unusable base URL
   * @throws CliFailure when credentials are missing
   */
  static Session open(
      Target target,
      WireFormat format,
      boolean dryRun,
      List<Long> sandboxIds,
      Environment environment,
      PrintWriter out,
      PrintWriter err,
      Secrets secrets) {
    QualysSandbox sandbox = null;
    String baseUrl;
    Credentials credentials;
    if (target.sandbox()) {
      credentials = new Credentials("qps-azure", SandboxSeeds.randomPassword().toCharArray());
      secrets.addCredentials(credentials.username(), credentials.password());
      sandbox =
          SandboxSeeds.start(
              sandboxIds, credentials.username(), new String(credentials.password()));
      baseUrl = sandbox.baseUrl();
      out.flush();
      err.println(
          "qps-azure: sandbox: a local Qualys at "
              + baseUrl
              + (sandboxIds.isEmpty()
                  ? ""
                  : " holding connector "
                      + sandboxIds.stream().map(String::valueOf).collect(Collectors.joining(", ")))
              + "; nothing leaves this machine");
      err.flush();
    } else {
      baseUrl =
          target.platform() != null
              ? platform(target.platform()).baseUri().toString()
              : target.baseUrl();
      credentials = dryRun ? dryRunCredentials(environment) : resolve(environment, out);
      secrets.addCredentials(credentials.username(), credentials.password());
    }
    WireRecorder recorder = new WireRecorder(dryRun);
    try {
      AzureConnectorClient.Builder builder =
          AzureConnectorClient.builder()
              .credentials(credentials.username(), credentials.password())
              .wireFormat(format)
              .clientConfig(new ClientConfig().register(recorder));
      try {
        builder.baseUrl(baseUrl);
      } catch (IllegalArgumentException e) {
        throw new Failures.UsageProblem("--base-url: " + e.getMessage());
      }
      if (dryRun) {
        // A stopped request looks like a transport failure, which reads would otherwise retry.
        builder.retryPolicy(RetryPolicy.none());
      }
      return new Session(builder.build(), recorder, sandbox);
    } catch (RuntimeException e) {
      if (sandbox != null) {
        sandbox.close();
      }
      throw e;
    } finally {
      Arrays.fill(credentials.password(), '\0');
    }
  }

  private static Credentials resolve(Environment environment, PrintWriter out) {
    return Credentials.resolve(environment, out);
  }

  // A dry run sends nothing and masks the Authorization header: it needs no real credentials, and
  // must not ask for them.
  private static Credentials dryRunCredentials(Environment environment) {
    String username = environment.variable(Environment.USERNAME);
    String password = environment.variable(Environment.PASSWORD);
    return new Credentials(
        username == null ? "dry-run" : username,
        (password == null ? "dry-run" : password).toCharArray());
  }

  /** The platform of this name, in any case. */
  static Platform platform(String name) {
    try {
      return Platform.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Failures.UsageProblem(
          "unknown platform '"
              + name
              + "'; one of: "
              + Arrays.stream(Platform.values()).map(Enum::name).collect(Collectors.joining(", "))
              + " (or give --base-url)");
    }
  }

  AzureConnectorClient client() {
    return client;
  }

  WireRecorder recorder() {
    return recorder;
  }

  @Override
  public void close() {
    client.close();
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
