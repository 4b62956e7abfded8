package dev.qpsbind.azure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.sandbox.QualysSandbox;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorPathsTest {

  private static final String EXAMPLE = "examples/update-azure-connector.xml";

  /** The example without its id: for creates and updates by filter. */
  private static final String WITHOUT_ID = "src/test/resources/cli/connector-without-id.xml";

  @Test
  void anApiErrorIsOneLineWithItsCodeAndMessage() {
    try (QualysSandbox sandbox = TestSandbox.start(2004)) {
      CliRun run = TestSandbox.run(sandbox, "get", "9999");

      assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
      assertThat(run.errLines())
          .singleElement()
          .asString()
          .startsWith("qps-azure: get of connector '9999' failed: ")
          .contains("HTTP 200")
          .contains("responseCode 'OBJECT_NOT_FOUND'")
          .contains("errorMessage '");
      assertThat(run.out()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "get 2004",
        "search",
        "search --all",
        "delete 2004",
        "delete --filter id:EQUALS:2004",
        "run 2004",
        "errors 2004",
        "create " + WITHOUT_ID,
        "update 2004 " + EXAMPLE,
        "update --filter id:EQUALS:2004 " + WITHOUT_ID
      })
  void everyCommandTellsAnErrorAnswerInOneLineWithItsCodeAndMessage(String command) {
    try (QualysSandbox sandbox =
        QualysSandbox.builder()
            .credentials(TestSandbox.USER, TestSandbox.PASSWORD)
            .withConnector(2004, SandboxSeeds.connector(2004))
            .failEvery(1, "INSUFFICIENT_PRIVILEGES", "the test refuses every call")
            .build()
            .start()) {
      CliRun run = TestSandbox.run(sandbox, command.split(" "));

      assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.FAILED);
      assertThat(run.errLines())
          .singleElement()
          .asString()
          .startsWith("qps-azure: ")
          .contains("responseCode 'INSUFFICIENT_PRIVILEGES'")
          .contains("errorMessage 'the test refuses every call'");
    }
  }

  @Test
  void anApiErrorAfterAnUpdateStillShowsWhatWasSent() {
    try (QualysSandbox sandbox = TestSandbox.start(2005)) {
      CliRun run = TestSandbox.run(sandbox, "update", "2004", EXAMPLE);

      assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
      assertThat(run.out()).contains("== sent").doesNotContain("== answer");
      assertThat(run.errLines())
          .singleElement()
          .asString()
          .contains("update of connector '2004' failed")
          .contains("'OBJECT_NOT_FOUND'");
    }
  }

  @Test
  void wrongCredentialsAreOneLineNamingTheVariables() {
    try (QualysSandbox sandbox = TestSandbox.start(2004)) {
      CliRun run =
          CliRun.with(
              Map.of(Environment.USERNAME, "someone", Environment.PASSWORD, "not-the-password"),
              "get",
              "2004",
              "--base-url",
              sandbox.baseUrl());

      assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
      assertThat(run.errLines())
          .singleElement()
          .asString()
          .isEqualTo(
              "qps-azure: get refused: HTTP 401: the credentials were refused; check"
                  + " QUALYS_USERNAME and QUALYS_PASSWORD");
    }
  }

  @Test
  void anUnreachableHostIsOneLineWithoutAStackTrace() throws IOException {
    int closed = closedPort();

    CliRun run =
        CliRun.with(
            TestSandbox.CREDENTIALS,
            "update",
            "2004",
            EXAMPLE,
            "--base-url",
            "http://127.0.0.1:" + closed);

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith(
            "qps-azure: no answer: POST http://127.0.0.1:"
                + closed
                + "/qps/rest/3.0/update/am/azureassetdataconnector/2004 failed:")
        .contains("Connection refused");
    assertThat(run.out()).contains("== sent (no answer)");
  }

  @Test
  void verboseAddsTheStackTrace() throws IOException {
    int closed = closedPort();

    CliRun run =
        CliRun.with(
            TestSandbox.CREDENTIALS,
            "update",
            "2004",
            EXAMPLE,
            "--verbose",
            "--base-url",
            "http://127.0.0.1:" + closed);

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.errLines().get(0)).startsWith("qps-azure: no answer: ");
    assertThat(run.err())
        .contains("dev.qpsbind.azure.error.TransportException")
        .contains("\tat ")
        .contains("Caused by: ");
  }

  @Test
  void anUnknownPlatformIsAUsageErrorListingTheKnownOnes() {
    CliRun run = CliRun.with(TestSandbox.CREDENTIALS, "get", "2004", "--platform", "us9");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.USAGE);
    assertThat(run.errLines())
        .containsExactly(
            "qps-azure: unknown platform 'us9'; one of: US1, US2, US3, US4, GOV1, EU1, EU2, EU3,"
                + " IN1, CA1, AE1, UK1, AU1, KSA1 (or give --base-url)");
  }

  @Test
  void anUnknownPlatformIsToldBeforeTheFileIsRead() {
    CliRun run = CliRun.of("update", "2004", "no/such/file.xml", "--platform", "mars");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.USAGE);
    assertThat(run.err()).contains("unknown platform 'mars'").doesNotContain("no such file");
  }

  @Test
  void missingCredentialsWithoutATerminalAreOneLineNamingTheVariables() {
    CliRun run = CliRun.of("get", "2004", "--platform", "US1");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.errLines())
        .containsExactly(
            "qps-azure: no Qualys credentials: set QUALYS_USERNAME and QUALYS_PASSWORD (or run in"
                + " a terminal to be asked)");
  }

  @Test
  void aMissingPasswordAloneIsNamedAlone() {
    CliRun run =
        CliRun.with(Map.of(Environment.USERNAME, "api_user"), "run", "2004", "--platform", "US2");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.err()).contains("set QUALYS_PASSWORD (or run").doesNotContain("USERNAME");
  }

  @Test
  void aPasswordNotTypedIsOneLine() {
    FakeTerminal terminal = new FakeTerminal("api_user", "", new java.util.ArrayList<>());

    CliRun run =
        CliRun.in(CliRun.environment(Map.of(), terminal), "get", "2004", "--platform", "US1");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.errLines()).containsExactly("qps-azure: no Qualys password given");
  }

  @Test
  void aPlainHttpBaseUrlToAnotherHostIsAUsageError() {
    CliRun run =
        CliRun.with(TestSandbox.CREDENTIALS, "get", "2004", "--base-url", "http://qualys.example");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.USAGE);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("qps-azure: --base-url: base URL 'http://qualys.example' must use https");
  }

  @Test
  void aMissingRequestFileIsOneLine() {
    CliRun run = CliRun.of("update", "2004", "no/such/request.xml", "--sandbox");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.errLines()).containsExactly("qps-azure: no/such/request.xml: no such file");
  }

  @Test
  void aRequestFileThatIsNeitherXmlNorJsonIsOneLine(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("request.yaml"), "ServiceRequest:\n  data: {}\n");

    CliRun run = CliRun.of("create", file.toString(), "--sandbox");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.errLines())
        .containsExactly(
            "qps-azure: "
                + file
                + ": neither XML nor JSON (it starts with 'S'; XML starts with '<', JSON with"
                + " '{' or '[')");
  }

  @Test
  void anAnswerGivenAsARequestIsRefusedBeforeSending() {
    CliRun run =
        CliRun.of("create", "src/test/resources/samples/update-response-sample1.xml", "--sandbox");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.out()).contains("ERROR [unexpected-root] expected a ServiceRequest");
  }

  @Test
  void noTargetIsAUsageError() {
    CliRun run = CliRun.of("get", "2004");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.USAGE);
    assertThat(run.errLines())
        .containsExactly(
            "qps-azure: Missing required argument (specify one of these): (--platform=NAME |"
                + " --base-url=URL | --sandbox) (see 'qps-azure get --help')");
  }

  @Test
  void twoTargetsAreAUsageError() {
    CliRun run = CliRun.of("get", "2004", "--sandbox", "--platform", "US1");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.USAGE);
    assertThat(run.err()).contains("mutually exclusive");
  }

  @Test
  void aMalformedFilterIsAUsageError() {
    CliRun run = CliRun.of("search", "--filter", "name=prod", "--sandbox");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.USAGE);
    assertThat(run.err()).contains("'name=prod' is not FIELD:OP:VALUE");
  }

  @Test
  void aNonPositiveIdIsAUsageError() {
    CliRun run = CliRun.of("get", "0", "--sandbox");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.USAGE);
    assertThat(run.err()).contains("connector ID must be positive: '0'");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    CliRun run = CliRun.of("upsert", "2004");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.USAGE);
    assertThat(run.err()).contains("upsert");
  }

  @Test
  void helpAndVersionExitWithZero() {
    CliRun help = CliRun.of("update", "--help");
    CliRun version = CliRun.of("--version");

    assertThat(help.exitCode()).isEqualTo(QpsAzure.OK);
    assertThat(help.out()).contains("Usage: qps-azure update").contains("--dry-run");
    assertThat(version.exitCode()).isEqualTo(QpsAzure.OK);
    assertThat(version.out()).startsWith("qps-azure ");
  }

  /** A loopback port nothing listens on. */
  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
