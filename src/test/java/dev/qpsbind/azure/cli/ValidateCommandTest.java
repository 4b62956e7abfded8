package dev.qpsbind.azure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qpsbind.azure.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ValidateCommandTest {

  @Test
  void theExampleRequestIsCleanAndCheckedAsAnUpdateOfItsOwnId() {
    CliRun run = CliRun.of("validate", "examples/update-azure-connector.xml");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.OK);
    assertThat(run.out())
        .contains("examples/update-azure-connector.xml: checked as an update of connector 2004")
        .contains("1 file(s) checked: 0 error(s), 0 warning(s)");
  }

  static Stream<Path> validDocuments() {
    return Stream.of(
            TestFiles.list("samples", ".xml"),
            TestFiles.list("answers", ".xml"),
            TestFiles.list("json/xml", ".xml"),
            List.of(
                TestFiles.path("json/update-request-sample2.json"),
                TestFiles.path("json/update-request-sample2-corrected.json"),
                TestFiles.path("json/update-response-sample2.json"),
                TestFiles.path("json/answer-c01-string-scalars.json")))
        .flatMap(List::stream);
  }

  @ParameterizedTest
  @MethodSource("validDocuments")
  void everyValidDocumentPassesWithExitCodeZero(Path file) {
    // A search request with filters and data would be taken for an update by filter.
    CliRun run =
        file.getFileName().toString().startsWith("search-request")
            ? CliRun.of("validate", "--operation", "search", file.toString())
            : CliRun.of("validate", file.toString());

    assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
    assertThat(run.out()).contains("1 file(s) checked: 0 error(s)").doesNotContain(" ERROR [");
  }

  static Stream<Path> invalidDocuments() {
    return Stream.concat(
        TestFiles.list("invalid", ".xml").stream(),
        Stream.of(TestFiles.path("json/update-request-sample2-as-pasted.json")));
  }

  @ParameterizedTest
  @MethodSource("invalidDocuments")
  void everyInvalidDocumentFailsWithAnErrorAtItsLineAndColumn(Path file) {
    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.out())
        .containsPattern(Pattern.quote(file.toString()) + ":\\d+:\\d+: ERROR \\[[a-z0-9.-]+\\] ");
  }

  @ParameterizedTest
  @CsvSource({
    "invalid/disabled-yes.xml, 7, 31, ERROR, cvc-datatype-valid.1.2.1",
    "invalid/misspelled-element.xml, 7, 20, ERROR, unknown-element",
    "invalid/root-wrapper.xml, 3, 7, ERROR, unknown-root",
    "invalid/criteria-without-field.xml, 5, 33, ERROR, cvc-complex-type.4",
    "invalid/response-disabled-yes.xml, 9, 31, ERROR, cvc-datatype-valid.1.2.1",
    "samples/update-request-sample1.xml, 29, 32, WARNING, auth.guid",
    "answers/unknown-fields.xml, 23, 19, WARNING, unknown-element",
    "answers/unknown-fields.xml, 24, 48, WARNING, unknown-enum-value",
    "json/update-request-sample2.json, 45, 19, WARNING, duplicate-key",
    "json/update-request-sample2-as-pasted.json, 2, 1, ERROR, json-not-well-formed"
  })
  void anIssueIsReportedAsFileLineColumnSeverityRule(
      String resource, int line, int column, String severity, String rule) {
    String path = TestFiles.path(resource).toString();

    CliRun run = CliRun.of("validate", path);

    assertThat(run.out())
        .contains(path + ":" + line + ":" + column + ": " + severity + " [" + rule + "] ");
  }

  @Test
  void theRulesSampleBreaksTheStartDateRuleWhenCheckedAsTheDocumentedUpdate() {
    String path = TestFiles.path("rules/update-request-sample3-as-documented.xml").toString();

    CliRun run = CliRun.of("validate", "--operation", "update", "--id", "12345", path);

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.out())
        .contains(path + ":34:36: ERROR [cps.start-date] startDate '31/05/2022'")
        .contains("1 file(s) checked: 1 error(s), 0 warning(s)");
  }

  @Test
  void withoutAnOperationOrABodyIdOnlyTheSchemaIsCheckedAndTheOutputSaysSo() {
    String path = TestFiles.path("rules/update-request-sample3-as-documented.xml").toString();

    CliRun run = CliRun.of("validate", path);

    assertThat(run.exitCode()).isEqualTo(QpsAzure.OK);
    assertThat(run.out())
        .contains(path + ": no --operation and no id in the body: schema checks only");
  }

  @Test
  void sampleTwoInJsonIsValidWithAWarningForTheRepeatedKey() {
    String path = TestFiles.path("json/update-request-sample2.json").toString();

    CliRun run = CliRun.of("validate", path);

    assertThat(run.exitCode()).isEqualTo(QpsAzure.OK);
    assertThat(run.out())
        .contains(
            path
                + ":45:19: WARNING [duplicate-key] the document repeats the key"
                + " 'ConnectorAppInfoQList' 3 times")
        .contains(path + ": checked as an update of connector 2004")
        .containsPattern("1 file\\(s\\) checked: 0 error\\(s\\), \\d+ warning\\(s\\)");
  }

  @Test
  void theOperationAppliesToJsonRequestsToo() {
    String path = TestFiles.path("json/update-request-sample2.json").toString();

    CliRun run = CliRun.of("validate", "--operation", "create", path);

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.out())
        .containsPattern(Pattern.quote(path) + ":\\d+:\\d+: ERROR \\[server-field.id\\]");
  }

  @Test
  void anAnswerWithUnknownFieldsPassesWithWarnings() {
    String path = TestFiles.path("answers/unknown-fields.xml").toString();

    CliRun run = CliRun.of("validate", path);

    assertThat(run.exitCode()).isEqualTo(QpsAzure.OK);
    assertThat(run.out()).contains("WARNING [unknown-element]").contains("0 error(s)");
  }

  @Test
  void manyFilesAreReportedInTheOrderGiven() {
    String first = TestFiles.path("invalid/name-twice.xml").toString();
    String second = TestFiles.path("json/update-request-sample2.json").toString();
    String third = TestFiles.path("invalid/day-sunday.xml").toString();

    CliRun run = CliRun.of("validate", first, second, third);

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.out().indexOf(first)).isLessThan(run.out().indexOf(second));
    assertThat(run.out().indexOf(second)).isLessThan(run.out().indexOf(third));
    assertThat(run.out()).contains("3 file(s) checked: 2 error(s)");
  }

  @Test
  void theJsonFormatGivesEveryIssueWithItsPlaceAndTheTotals() throws IOException {
    String invalid = TestFiles.path("invalid/disabled-yes.xml").toString();
    String sample2 = TestFiles.path("json/update-request-sample2.json").toString();

    CliRun run = CliRun.of("validate", "--format", "json", invalid, sample2, "no/such/file.xml");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.get("files")).hasSize(3);
    assertThat(report.at("/files/0/format").asText()).isEqualTo("xml");
    assertThat(report.at("/files/1/format").asText()).isEqualTo("json");
    assertThat(report.at("/files/1/kind").asText()).isEqualTo("request");
    assertThat(report.at("/files/1/valid").asBoolean()).isTrue();
    assertThat(report.at("/files/2/failure").asText()).isEqualTo("no/such/file.xml: no such file");
    JsonNode first = report.at("/issues/0");
    assertThat(first.get("file").asText()).isEqualTo(invalid);
    assertThat(first.get("line").asInt()).isEqualTo(7);
    assertThat(first.get("column").asInt()).isEqualTo(31);
    assertThat(first.get("severity").asText()).isEqualTo("ERROR");
    assertThat(first.get("rule").asText()).isEqualTo("cvc-datatype-valid.1.2.1");
    assertThat(first.get("path").asText())
        .isEqualTo("/ServiceRequest/data/AzureAssetDataConnector/disabled");
    assertThat(first.get("message").asText()).contains("'YES'");
    assertThat(report.at("/totals/files").asInt()).isEqualTo(3);
    assertThat(report.at("/totals/errors").asInt()).isEqualTo(2);
    assertThat(report.at("/totals/warnings").asInt())
        .isEqualTo(report.at("/files/1/warnings").asInt())
        .isPositive();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aMissingFileIsOneLineWithoutAStackTrace() {
    CliRun run = CliRun.of("validate", "no/such/file.xml");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.err())
        .isEqualTo("qps-azure: no/such/file.xml: no such file" + System.lineSeparator());
  }

  @Test
  void aFileThatIsNeitherXmlNorJsonIsOneLineNamingBoth(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("notes.txt"), "  hello, connector\n");

    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.errLines())
        .containsExactly(
            "qps-azure: "
                + file
                + ": neither XML nor JSON (it starts with 'h'; XML starts with '<', JSON with"
                + " '{' or '[')");
  }

  @Test
  void anEmptyFileAndAFolderAreToldApart(@TempDir Path folder) throws IOException {
    Path empty = Files.writeString(folder.resolve("empty.xml"), " \n");

    CliRun run = CliRun.of("validate", empty.toString(), folder.toString());

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.errLines())
        .containsExactly(
            "qps-azure: " + empty + ": is empty; expected an XML or JSON document",
            "qps-azure: " + folder + ": is a directory, not a file");
    assertThat(run.out()).contains("2 file(s) checked: 2 error(s)");
  }

  @Test
  void aByteOrderMarkBeforeJsonIsSkipped(@TempDir Path folder) throws IOException {
    byte[] json = TestFiles.bytes("json/update-response-sample2.json");
    byte[] withMark = new byte[json.length + 3];
    withMark[0] = (byte) 0xEF;
    withMark[1] = (byte) 0xBB;
    withMark[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withMark, 3, json.length);
    Path file = Files.write(folder.resolve("answer.json"), withMark);

    CliRun run = CliRun.of("validate", "--format", "json", file.toString());

    assertThat(run.out()).contains("\"format\" : \"json\"");
  }

  @Test
  void anUnknownOperationIsAUsageError() {
    CliRun run =
        CliRun.of("validate", "--operation", "upsert", "examples/update-azure-connector.xml");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.USAGE);
    assertThat(run.err()).contains("unknown --operation 'upsert'");
  }

  @Test
  void noFileIsAUsageError() {
    CliRun run = CliRun.of("validate");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.USAGE);
    assertThat(run.errLines())
        .containsExactly(
            "qps-azure: Missing required parameter: 'FILE' (see 'qps-azure validate --help')");
  }

  @Test
  void filtersWithDataAndNoIdAreCheckedAsAnUpdateByFilter(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
    java.nio.file.Path file = folder.resolve("update-by-filter.xml");
    java.nio.file.Files.writeString(
        file,
        "<ServiceRequest>\n"
            + "<filters><Criteria field=\"name\" operator=\"NOT EQUALS\">keep</Criteria>"
            + "</filters>\n"
            + "<data><AzureAssetDataConnector><disabled>true</disabled></AzureAssetDataConnector>"
            + "</data>\n</ServiceRequest>\n");

    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.out())
        .contains(file + ":2:")
        .contains("ERROR [filter.not-equals]")
        .contains(file + ": checked as an update by filter");
  }
}
