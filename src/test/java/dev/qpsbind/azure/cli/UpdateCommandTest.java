package dev.qpsbind.azure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.TestFiles;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.sandbox.QualysSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdateCommandTest {

  private static final String EXAMPLE = "examples/update-azure-connector.xml";

  /** The README's first command, second half. */
  @Test
  void theReadmeCommandUpdatesConnector2004InASandboxAndEndsWithSuccess() {
    CliRun run = CliRun.of("update", "2004", EXAMPLE, "--sandbox");

    assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
    assertThat(run.out().stripTrailing()).endsWith("responseCode: SUCCESS");
    assertThat(run.out())
        .containsSubsequence(
            "== validation",
            EXAMPLE + ": valid (checked as an update of connector 2004)",
            "== sent",
            "POST http://127.0.0.1:",
            "/qps/rest/3.0/update/am/azureassetdataconnector/2004",
            "Authorization: Basic ***",
            "<authenticationKey>***</authenticationKey>",
            "== answer (HTTP 200)",
            "<responseCode>SUCCESS</responseCode>",
            "<id>2004</id>");
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .matches(
            "qps-azure: sandbox: a local Qualys at http://127\\.0\\.0\\.1:\\d+ holding connector"
                + " 2004; nothing leaves this machine");
    assertThat(run.all()).doesNotContain(TestSandbox.EXAMPLE_KEY);
  }

  @Test
  void theUpdateReachesTheConnectorWithTheKeyOfTheFile() {
    try (QualysSandbox sandbox = TestSandbox.start(2004)) {
      CliRun run = TestSandbox.run(sandbox, "update", "2004", EXAMPLE);

      assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
      AzureAssetDataConnector stored = sandbox.connector(2004).orElseThrow();
      assertThat(stored.getDescription()).isEqualTo("Updated Description Via API New1");
      assertThat(stored.getRunFrequency()).isEqualTo(300);
      assertThat(sandbox.authenticationKeyMatches(2004, TestSandbox.EXAMPLE_KEY)).isTrue();
    }
  }

  @Test
  void anInvalidFileIsReportedWithLineAndColumnAndNothingIsSent() {
    try (QualysSandbox sandbox = TestSandbox.start(2004)) {
      String path = TestFiles.path("invalid/disabled-yes.xml").toString();

      CliRun run = TestSandbox.run(sandbox, "update", "2004", path);

      assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
      assertThat(run.out())
          .contains(path + ":7:31: ERROR [cvc-datatype-valid.1.2.1] 'YES'")
          .contains(
              path
                  + ": 1 error(s), 0 warning(s) (checked as an update of connector 2004)"
                  + ": nothing sent")
          .doesNotContain("== sent");
      assertThat(sandbox.connector(2004).orElseThrow().getDescription())
          .isEqualTo("Seeded by qps-azure --sandbox");
    }
  }

  @Test
  void aPathIdOtherThanTheBodyIdIsRefusedAtTheBodyIdsLine() {
    try (QualysSandbox sandbox = TestSandbox.start(12345)) {
      CliRun run = TestSandbox.run(sandbox, "update", "12345", EXAMPLE);

      assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
      assertThat(run.out())
          .containsPattern(Pattern.quote(EXAMPLE) + ":13:17: ERROR \\[update.id-mismatch\\]");
      assertThat(sandbox.connector(12345).orElseThrow().getDescription())
          .isEqualTo("Seeded by qps-azure --sandbox");
    }
  }

  @Test
  void sampleTwoInJsonIsSentWithItsWarningsShown() {
    String path = TestFiles.path("json/update-request-sample2.json").toString();
    try (QualysSandbox sandbox = TestSandbox.start(2004)) {
      CliRun run = TestSandbox.run(sandbox, "update", "2004", path);

      assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
      assertThat(run.out())
          .contains(path + ":45:19: WARNING [duplicate-key]")
          .containsPattern(Pattern.quote(path) + ": valid, \\d+ warning\\(s\\)")
          .contains("<name>CSA</name>");
      assertThat(run.out().stripTrailing()).endsWith("responseCode: SUCCESS");
      assertThat(sandbox.authenticationKeyMatches(2004, "02LCb8YG2z85aSmCxnoH01rog=")).isTrue();
      assertThat(run.all()).doesNotContain("02LCb8YG2z85aSmCxnoH01rog=");
    }
  }

  @Test
  void withJsonOnTheWireTheBodyAndTheAnswerAreJson() {
    try (QualysSandbox sandbox = TestSandbox.start(2004)) {
      CliRun run = TestSandbox.run(sandbox, "update", "2004", EXAMPLE, "--json");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
      assertThat(run.out())
          .containsSubsequence(
              "== sent",
              "Content-Type: application/json",
              "\"authenticationKey\": \"***\"",
              "== answer (HTTP 200)",
              "\"responseCode\": \"SUCCESS\"");
      assertThat(run.out().stripTrailing()).endsWith("responseCode: SUCCESS");
      assertThat(sandbox.authenticationKeyMatches(2004, TestSandbox.EXAMPLE_KEY)).isTrue();
    }
  }

  @Test
  void updateByFilterChangesEveryConnectorThatMatches(@TempDir Path folder) throws IOException {
    Path file = withoutId(folder);
    AzureAssetDataConnector other = SandboxSeeds.connector(2006);
    other.setName("Other Connector");
    try (QualysSandbox sandbox = TestSandbox.start(2006, other, 2004, 2005)) {
      CliRun run =
          TestSandbox.run(
              sandbox, "update", "--filter", "name:EQUALS:Azure Connector", file.toString());

      assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
      assertThat(run.out())
          .contains(file + ": valid (checked as an update by filter)")
          .contains("<Criteria field=\"name\" operator=\"EQUALS\">Azure Connector</Criteria>")
          .contains("<id>2004</id>", "<id>2005</id>");
      assertThat(sandbox.connector(2004).orElseThrow().getRunFrequency()).isEqualTo(300);
      assertThat(sandbox.connector(2005).orElseThrow().getRunFrequency()).isEqualTo(300);
      assertThat(sandbox.connector(2006).orElseThrow().getRunFrequency()).isEqualTo(240);
    }
  }

  @Test
  void notEqualsInAnUpdateFilterIsRefusedBeforeSending(@TempDir Path folder) throws IOException {
    Path file = withoutId(folder);
    try (QualysSandbox sandbox = TestSandbox.start(2004)) {
      CliRun run =
          TestSandbox.run(
              sandbox, "update", "--filter", "name:NOT_EQUALS:keep-me", file.toString());

      assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
      assertThat(run.out())
          .contains(file + ": ERROR [filter.not-equals]")
          .contains("nothing sent")
          .doesNotContain("== sent");
      assertThat(sandbox.connector(2004).orElseThrow().getRunFrequency()).isEqualTo(240);
    }
  }

  @Test
  void aDryRunPrintsWhatWouldBeSentAndSendsNothing() {
    try (QualysSandbox sandbox = TestSandbox.start(2004)) {
      CliRun run = TestSandbox.run(sandbox, "update", "2004", EXAMPLE, "--dry-run");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
      assertThat(run.out())
          .containsSubsequence(
              "== validation",
              "== would send",
              "POST " + sandbox.baseUrl() + "/qps/rest/3.0/update/am/azureassetdataconnector/2004",
              "Accept: application/xml",
              "Content-Type: text/xml;charset=UTF-8",
              "Authorization: Basic ***",
              "<description>Updated Description Via API New1</description>",
              "<authenticationKey>***</authenticationKey>",
              "dry run: nothing was sent")
          .doesNotContain("== answer");
      assertThat(sandbox.connector(2004).orElseThrow().getDescription())
          .isEqualTo("Seeded by qps-azure --sandbox");
    }
  }

  @Test
  void aDryRunInJsonShowsTheJsonBodyWithTheKeyMasked() {
    CliRun run = CliRun.of("update", "2004", EXAMPLE, "--platform", "eu2", "--json", "--dry-run");

    assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
    assertThat(run.out())
        .contains(
            "POST https://qualysapi.qg2.apps.qualys.eu/qps/rest/3.0/update/am/"
                + "azureassetdataconnector/2004")
        .contains("Content-Type: application/json")
        .contains("\"authenticationKey\": \"***\"")
        .contains("\"description\": \"Updated Description Via API New1\"");
  }

  @Test
  void anIdAndAFilterTogetherAreAUsageError() {
    CliRun run = CliRun.of("update", "2004", "--filter", "name:EQUALS:x", EXAMPLE, "--sandbox");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.USAGE);
    assertThat(run.errLines())
        .containsExactly(
            "qps-azure: give either a connector ID or --filter, not both"
                + " (see 'qps-azure update --help')");
  }

  @Test
  void anIdWithoutAFileIsAUsageError() {
    CliRun run = CliRun.of("update", "2004", "--sandbox");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.USAGE);
    assertThat(run.err()).contains("FILE is missing after the connector ID '2004'");
  }

  @Test
  void aFileWithoutFiltersNeedsAnIdOrAFilter(@TempDir Path folder) throws IOException {
    Path file = withoutId(folder);

    CliRun run = CliRun.of("update", file.toString(), "--sandbox");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.out()).contains("ERROR [filter.required]").contains("nothing sent");
  }

  /** The example without its id, for creates and updates by filter. */
  static Path withoutId(Path folder) throws IOException {
    String example = Files.readString(Path.of(EXAMPLE));
    String text = example.replace("<id>2004</id>", "");
    assertThat(text).isNotEqualTo(example);
    return Files.writeString(folder.resolve("connector.xml"), text);
  }
}
