package dev.qpsbind.azure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.sandbox.QualysSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No run of the command line prints the key of the example, the password or the Basic value. */
class SecretsTest {

  private static final String EXAMPLE = "examples/update-azure-connector.xml";
  private static final String KEY_START = "02LCb8/RCn0lbGj6";
  private static final String USER = "api_user";
  private static final String PASSWORD = "Sup3r-Secret-Pa55word";
  private static final String BASIC =
      Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  private static final Map<String, String> VARIABLES =
      Map.of(Environment.USERNAME, USER, Environment.PASSWORD, PASSWORD);

  @Test
  void dryRunsShowTheRequestWithEverySecretMasked() {
    List<CliRun> runs =
        List.of(
            CliRun.with(VARIABLES, "update", "2004", EXAMPLE, "--platform", "US1", "--dry-run"),
            CliRun.with(
                VARIABLES, "update", "2004", EXAMPLE, "--platform", "US1", "--dry-run", "--json"),
            CliRun.with(VARIABLES, "get", "2004", "--platform", "US1", "--dry-run", "--verbose"),
            CliRun.with(
                VARIABLES,
                "search",
                "--filter",
                "name:EQUALS:x",
                "--platform",
                "US1",
                "--dry-run"));

    for (CliRun run : runs) {
      assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
      assertThat(run.out()).contains("Authorization: Basic ***").contains("dry run");
      assertNoSecret(run);
    }
    assertThat(runs.get(0).out()).contains("<authenticationKey>***</authenticationKey>");
    assertThat(runs.get(1).out()).contains("\"authenticationKey\": \"***\"");
  }

  @Test
  void anUnreachableHostWithAStackTracePrintsNoSecret() throws IOException {
    int closed = ErrorPathsTest.closedPort();

    CliRun run =
        CliRun.with(
            VARIABLES,
            "update",
            "2004",
            EXAMPLE,
            "--verbose",
            "--base-url",
            "http://127.0.0.1:" + closed);

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.err()).contains("\tat ");
    assertNoSecret(run);
  }

  @Test
  void refusedCredentialsWithAStackTracePrintNoSecret() {
    try (QualysSandbox sandbox = TestSandbox.start(2004)) {
      CliRun run =
          CliRun.with(
              VARIABLES, "update", "2004", EXAMPLE, "--verbose", "--base-url", sandbox.baseUrl());

      assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
      assertThat(run.err()).contains("HTTP 401").contains("\tat ");
      assertNoSecret(run);
    }
  }

  @Test
  void anErrorAnswerThatEchoesTheSecretsPrintsThemMasked() throws IOException {
    String echo =
        "<ServiceResponse><responseCode>INVALID_REQUEST</responseCode><responseErrorDetails>"
            + "<errorMessage>authenticationKey: '02LCb8/RCn0lbGj6xxxxxxxxnoH01rog=' was refused for"
            + " "
            + USER
            + " with "
            + PASSWORD
            + " ("
            + BASIC
            + ")</errorMessage></responseErrorDetails></ServiceResponse>";
    try (CannedServer server = CannedServer.answering(400, "application/xml", echo)) {
      CliRun run =
          CliRun.with(
              VARIABLES, "update", "2004", EXAMPLE, "--verbose", "--base-url", server.baseUrl());

      assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
      assertThat(run.err()).contains("INVALID_REQUEST").contains("authenticationKey: '***'");
      assertThat(server.lastRequest().get("body")).contains(KEY_START);
      assertNoSecret(run);
    }
  }

  @Test
  void anUnreadableAnswerPrintsNoSecret() throws IOException {
    String html = "<html><body>proxy error for " + PASSWORD + " " + BASIC + "</body></html>";
    try (CannedServer server = CannedServer.answering(502, "text/html", html)) {
      CliRun run =
          CliRun.with(
              VARIABLES, "update", "2004", EXAMPLE, "--verbose", "--base-url", server.baseUrl());

      assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
      assertThat(run.err()).contains("HTTP 502");
      assertNoSecret(run);
    }
  }

  @Test
  void aSuccessfulUpdateAndUsageAndCredentialErrorsPrintNoSecret() {
    List<CliRun> runs = new ArrayList<>();
    try (QualysSandbox sandbox =
        QualysSandbox.builder()
            .credentials(USER, PASSWORD)
            .withConnector(2004, SandboxSeeds.connector(2004))
            .build()
            .start()) {
      runs.add(CliRun.with(VARIABLES, "update", "2004", EXAMPLE, "--base-url", sandbox.baseUrl()));
      assertThat(runs.get(0).exitCode()).as(runs.get(0).all()).isEqualTo(QpsAzure.OK);
      FakeTerminal typed = new FakeTerminal(USER, PASSWORD, new ArrayList<>());
      runs.add(
          CliRun.in(
              CliRun.environment(Map.of(), typed),
              "update",
              "2004",
              EXAMPLE,
              "--verbose",
              "--base-url",
              sandbox.baseUrl()));
      assertThat(runs.get(1).exitCode()).as(runs.get(1).all()).isEqualTo(QpsAzure.OK);
    }
    runs.add(CliRun.with(VARIABLES, "update", "2004", EXAMPLE, "--platform", "XX1", "--verbose"));
    runs.add(CliRun.of("update", "2004", EXAMPLE, "--platform", "US1", "--verbose"));
    runs.add(CliRun.with(VARIABLES, "update", "12345", EXAMPLE, "--sandbox", "--verbose"));

    for (CliRun run : runs) {
      assertNoSecret(run);
    }
  }

  private static void assertNoSecret(CliRun run) {
    assertThat(run.all())
        .doesNotContain(KEY_START)
        .doesNotContain(PASSWORD)
        .doesNotContain(BASIC)
        .doesNotContain(TestSandbox.PASSWORD)
        .doesNotContain(TestSandbox.BASIC);
  }
}
