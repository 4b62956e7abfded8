package dev.qpsbind.azure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.model.AssetDataConnectorState;
import dev.qpsbind.azure.sandbox.QualysSandbox;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkCommandsTest {

  @Test
  void createSendsTheFileAndPrintsTheNewId(@TempDir Path folder) throws IOException {
    Path file = UpdateCommandTest.withoutId(folder);
    try (QualysSandbox sandbox = TestSandbox.start(2004)) {
      CliRun run = TestSandbox.run(sandbox, "create", file.toString());

      assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
      assertThat(sandbox.connectorIds()).hasSize(2);
      long created = sandbox.connectorIds().get(1);
      assertThat(run.out())
          .containsSubsequence(
              file + ": valid (checked as a create)",
              "POST " + sandbox.baseUrl() + "/qps/rest/3.0/create/am/azureassetdataconnector",
              "== answer (HTTP 200)",
              "<id>" + created + "</id>",
              "responseCode: SUCCESS");
      assertThat(sandbox.authenticationKeyMatches(created, TestSandbox.EXAMPLE_KEY)).isTrue();
    }
  }

  @Test
  void getPrintsTheAnswerAloneAsIndentedXml() {
    try (QualysSandbox sandbox = TestSandbox.start(2004)) {
      CliRun run = TestSandbox.run(sandbox, "get", "2004");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
      assertThat(run.out())
          .startsWith("<?xml")
          .contains("\n    <responseCode>SUCCESS</responseCode>")
          .contains("<name>Azure Connector</name>")
          .doesNotContain("== ");
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void searchPrintsOnePageAsTheApiAnswersIt() {
    try (QualysSandbox sandbox = TestSandbox.start(2004, 2005, 2006)) {
      CliRun run =
          TestSandbox.run(sandbox, "search", "--filter", "id:GREATER:2004", "--limit", "1");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
      assertThat(run.out())
          .contains("<hasMoreRecords>true</hasMoreRecords>")
          .contains("<id>2005</id>")
          .doesNotContain("<id>2006</id>");
    }
  }

  @Test
  void searchAllPutsEveryPageInOneAnswerAndShowsProgressOnATerminal() {
    List<String> status = new ArrayList<>();
    Terminal terminal = new FakeTerminal(null, null, status);
    try (QualysSandbox sandbox = TestSandbox.start(2004, 2005, 2006)) {
      CliRun run =
          CliRun.in(
              CliRun.environment(TestSandbox.CREDENTIALS, terminal),
              "search",
              "--all",
              "--limit",
              "2",
              "--base-url",
              sandbox.baseUrl());

      assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
      assertThat(run.out())
          .contains("<count>3</count>")
          .contains("<hasMoreRecords>false</hasMoreRecords>")
          .containsSubsequence("<id>2004</id>", "<id>2005</id>", "<id>2006</id>");
      assertThat(status)
          .containsExactly(
              "qps-azure: page 1: 2 connector(s) so far...",
              "qps-azure: 3 connector(s) in 2 page(s)");
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void searchAllShowsNoProgressWithoutATerminal() {
    try (QualysSandbox sandbox = TestSandbox.start(2004, 2005, 2006)) {
      CliRun run = TestSandbox.run(sandbox, "search", "--all", "--limit", "2");

      assertThat(run.exitCode()).isEqualTo(QpsAzure.OK);
      assertThat(run.out()).contains("<count>3</count>");
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void deleteByIdRemovesTheConnector() {
    try (QualysSandbox sandbox = TestSandbox.start(2004, 2005)) {
      CliRun run = TestSandbox.run(sandbox, "delete", "2004");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
      assertThat(run.out()).contains("<id>2004</id>");
      assertThat(sandbox.connectorIds()).containsExactly(2005L);
    }
  }

  @Test
  void deleteByFilterRemovesEveryMatch() {
    try (QualysSandbox sandbox = TestSandbox.start(2004, 2005, 2006)) {
      CliRun run = TestSandbox.run(sandbox, "delete", "--filter", "id:in:2004,2006");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
      assertThat(sandbox.connectorIds()).containsExactly(2005L);
    }
  }

  @Test
  void notEqualsInADeleteFilterIsRefusedInOneLineAndNothingIsDeleted() {
    try (QualysSandbox sandbox = TestSandbox.start(2004, 2005)) {
      CliRun run = TestSandbox.run(sandbox, "delete", "--filter", "name:NOT EQUALS:keep");

      assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
      assertThat(run.errLines())
          .singleElement()
          .asString()
          .startsWith(
              "qps-azure: the request is refused before sending: ERROR [filter.not-equals]");
      assertThat(sandbox.connectorIds()).containsExactly(2004L, 2005L);
    }
  }

  @Test
  void deleteNeedsAnIdOrAFilterButNotBoth() {
    CliRun neither = CliRun.of("delete", "--sandbox");
    CliRun both = CliRun.of("delete", "2004", "--filter", "id:EQUALS:2004", "--sandbox");

    assertThat(neither.exitCode()).isEqualTo(QpsAzure.USAGE);
    assertThat(both.exitCode()).isEqualTo(QpsAzure.USAGE);
    assertThat(both.err()).contains("give either a connector ID or --filter FIELD:OP:VALUE");
  }

  @Test
  void runQueuesASynchronisation() {
    try (QualysSandbox sandbox = TestSandbox.start(2004)) {
      CliRun run = TestSandbox.run(sandbox, "run", "2004");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
      assertThat(run.out()).contains("<connectorState>QUEUED</connectorState>");
      assertThat(sandbox.connector(2004).orElseThrow().getConnectorState())
          .isEqualTo(AssetDataConnectorState.QUEUED);
    }
  }

  @Test
  void errorsPrintsTheRecordsOfTheConnectorsRuns() {
    try (QualysSandbox sandbox = TestSandbox.start(2004)) {
      sandbox.addErrors(2004, SandboxSeedsTestData.error("Azure said no"));

      CliRun run = TestSandbox.run(sandbox, "errors", "2004");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
      assertThat(run.out())
          .contains("<AssetDataConnectorErrors>")
          .contains("<errorMessage>Azure said no</errorMessage>");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "get 77",
        "run 77",
        "errors 77",
        "delete 77",
        "search --filter name:CONTAINS:azure",
        "search --all",
        "delete --filter id:EQUALS:2004"
      })
  void everyNetworkCommandWorksAgainstItsOwnSandbox(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("--sandbox");

    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
    assertThat(run.out()).contains("<responseCode>SUCCESS</responseCode>");
    assertThat(run.err()).startsWith("qps-azure: sandbox: a local Qualys at http://127.0.0.1:");
  }

  @Test
  void theSandboxOfACommandHoldsTheConnectorItNames() {
    CliRun run = CliRun.of("get", "31337", "--sandbox");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.OK);
    assertThat(run.out()).contains("<id>31337</id>");
    assertThat(run.err()).contains("holding connector 31337");
  }

  @Test
  void jsonOnTheWireSendsJsonAndPrintsTheJsonAnswer() throws IOException {
    try (CannedServer server =
        CannedServer.start(200, "application/json", "json/update-response-sample2.json")) {
      CliRun run =
          CliRun.with(
              TestSandbox.CREDENTIALS, "get", "842602", "--json", "--base-url", server.baseUrl());

      assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
      assertThat(run.out())
          .startsWith("{")
          .contains("\"responseCode\": \"SUCCESS\"")
          .contains("\"id\": 842602");
      assertThat(server.lastRequest().get("Accept")).isEqualTo("application/json");
      assertThat(server.lastRequest().get("path"))
          .isEqualTo("/qps/rest/3.0/get/am/azureassetdataconnector/842602");
    }
  }

  @Test
  void credentialsMissingFromTheEnvironmentAreAskedForWithTheTerminalHidingThePassword() {
    List<String> prompts = new ArrayList<>();
    FakeTerminal terminal =
        new FakeTerminal(TestSandbox.USER, TestSandbox.PASSWORD, new ArrayList<>(), prompts);
    try (QualysSandbox sandbox = TestSandbox.start(2004)) {
      CliRun run =
          CliRun.in(
              CliRun.environment(Map.of(), terminal),
              "get",
              "2004",
              "--base-url",
              sandbox.baseUrl());

      assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
      assertThat(prompts)
          .containsExactly(
              "line: Qualys user name: ",
              "password: Qualys password for '" + TestSandbox.USER + "': ");
    }
  }
}
