package dev.qpsbind.azure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxCommandTest {

  private static final Pattern LISTENING =
      Pattern.compile("Qualys sandbox listening on (http://127\\.0\\.0\\.1:\\d+)");

  /** A {@code qps-azure sandbox} running on another thread until {@link #stop()}. */
  private static final class Foreground implements AutoCloseable {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final CountDownLatch interrupted = new CountDownLatch(1);
    final CountDownLatch waiting = new CountDownLatch(1);
    final CompletableFuture<Integer> exit;

    Foreground(Map<String, String> variables, String... args) {
      Environment environment =
          new Environment(
              variables,
              null,
              stop -> {
                waiting.countDown();
                interrupted.await();
                stop.run();
              });
      exit =
          CompletableFuture.supplyAsync(
              () ->
                  QpsAzure.run(
                      args, new PrintWriter(out, true), new PrintWriter(err, true), environment));
    }

    /** The base URL it printed, once it listens. */
    String baseUrl() throws Exception {
      CompletableFuture.anyOf(exit, CompletableFuture.runAsync(this::awaitWaiting))
          .get(30, TimeUnit.SECONDS);
      Matcher matcher = LISTENING.matcher(out.toString());
      assertThat(matcher.find()).as(out + "" + err).isTrue();
      return matcher.group(1);
    }

    private void awaitWaiting() {
      try {
        waiting.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    int stop() throws Exception {
      interrupted.countDown();
      return exit.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
      interrupted.countDown();
      waiting.countDown();
    }
  }

  @Test
  void theSandboxServesUntilInterruptedWithTheDefaultCredentials() throws Exception {
    try (Foreground sandbox = new Foreground(Map.of(), "sandbox", "--port", "0")) {
      String baseUrl = sandbox.baseUrl();

      CliRun search =
          CliRun.with(
              Map.of(Environment.USERNAME, "sandbox", Environment.PASSWORD, "sandbox-password"),
              "search",
              "--base-url",
              baseUrl);
      int code = sandbox.stop();

      assertThat(search.exitCode()).as(search.all()).isEqualTo(QpsAzure.OK);
      assertThat(search.out()).contains("<count>0</count>");
      assertThat(code).isEqualTo(QpsAzure.OK);
      assertThat(sandbox.out.toString())
          .contains("Credentials: user 'sandbox', password 'sandbox-password'")
          .contains("Connectors: 0 (in memory)")
          .contains("Qualys sandbox stopped");
    }
  }

  @Test
  void theCredentialsOfTheEnvironmentAreTheSandboxesAndItsPasswordIsNotPrinted() throws Exception {
    try (Foreground sandbox = new Foreground(TestSandbox.CREDENTIALS, "sandbox", "--port", "0")) {
      String baseUrl = sandbox.baseUrl();

      CliRun refused =
          CliRun.with(
              Map.of(Environment.USERNAME, "sandbox", Environment.PASSWORD, "sandbox-password"),
              "search",
              "--base-url",
              baseUrl);
      CliRun accepted = CliRun.with(TestSandbox.CREDENTIALS, "search", "--base-url", baseUrl);
      sandbox.stop();

      assertThat(refused.err()).contains("HTTP 401");
      assertThat(accepted.exitCode()).isEqualTo(QpsAzure.OK);
      assertThat(sandbox.out.toString())
          .contains("Credentials: " + TestSandbox.USER + " and the password in QUALYS_PASSWORD")
          .doesNotContain(TestSandbox.PASSWORD);
    }
  }

  @Test
  void aDataFileKeepsWhatWasCreatedForTheNextStart(@TempDir Path folder) throws Exception {
    Path data = folder.resolve("connectors.xml");
    Path request = UpdateCommandTest.withoutId(folder);
    try (Foreground first =
        new Foreground(
            TestSandbox.CREDENTIALS, "sandbox", "--port", "0", "--data", data.toString())) {
      CliRun created =
          CliRun.with(
              TestSandbox.CREDENTIALS, "create", request.toString(), "--base-url", first.baseUrl());
      assertThat(created.exitCode()).as(created.all()).isEqualTo(QpsAzure.OK);
      first.stop();
    }

    try (Foreground second =
        new Foreground(
            TestSandbox.CREDENTIALS, "sandbox", "--port", "0", "--data", data.toString())) {
      CliRun got =
          CliRun.with(TestSandbox.CREDENTIALS, "get", "1001", "--base-url", second.baseUrl());
      second.stop();

      assertThat(got.out()).contains("<name>Azure Connector</name>");
      assertThat(second.out.toString()).contains("Connectors: 1 (data file " + data + ")");
      assertThat(Files.readString(data)).doesNotContain(TestSandbox.EXAMPLE_KEY);
    }
  }

  @Test
  void aPortInUseIsOneLine() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRun run = CliRun.of("sandbox", "--port", String.valueOf(taken.getLocalPort()));

      assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
      assertThat(run.errLines())
          .singleElement()
          .asString()
          .startsWith("qps-azure: cannot listen on 127.0.0.1 port " + taken.getLocalPort());
    }
  }

  @Test
  void aDamagedDataFileIsOneLineNamingIt(@TempDir Path folder) throws IOException {
    Path data = Files.writeString(folder.resolve("connectors.xml"), "<ServiceResponse><data>");

    CliRun run = CliRun.of("sandbox", "--port", "0", "--data", data.toString());

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("qps-azure: ")
        .contains(data.toString());
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    CliRun run = CliRun.of("sandbox", "--port", "70000");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.USAGE);
    assertThat(run.err()).contains("--port must be 0 to 65535: '70000'");
  }
}
