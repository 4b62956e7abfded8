package dev.qpsbind.azure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidateCommandTest {

  @Test
  void theExampleRequestIsCleanAndCheckedAsAnUpdateOfItsOwnId() {
    CliRun run = CliRun.of("validate", "examples/update-azure-connector.xml");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.OK);
    assertThat(run.out())
        .contains("examples/update-azure-connector.xml: checked as an update of connector 2004")
        .contains("1 file(s) checked: 0 error(s), 0 warning(s)");
  }

  @ParameterizedTest
  @CsvSource({
    "disabled-yes.xml, 7, cvc-datatype-valid.1.2.1",
    "misspelled-element.xml, 7, unknown-element",
    "root-wrapper.xml, 3, unknown-root",
    "criteria-without-field.xml, 5, cvc-complex-type.4"
  })
  void anInvalidFileIsReportedAsFileLineColumnSeverityRule(String file, int line, String rule) {
    String path = TestFiles.path("invalid/" + file).toString();

    CliRun run = CliRun.of("validate", path);

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.out())
        .containsPattern(
            java.util.regex.Pattern.quote(path) + ":" + line + ":\\d+: ERROR \\[" + rule + "\\] ");
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
    String second = TestFiles.path("samples/update-request-sample1.xml").toString();
    String third = TestFiles.path("invalid/day-sunday.xml").toString();

    CliRun run = CliRun.of("validate", first, second, third);

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.out().indexOf(first)).isLessThan(run.out().indexOf(third));
    assertThat(run.out()).contains("3 file(s) checked: 2 error(s)");
  }

  @Test
  void aMissingFileIsOneLineWithoutAStackTrace() {
    CliRun run = CliRun.of("validate", "no/such/file.xml");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.err())
        .isEqualTo("qps-azure: no/such/file.xml: no such file" + System.lineSeparator());
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
  }
}
