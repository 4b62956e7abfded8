package dev.qpsbind.azure.rules;

import static dev.qpsbind.azure.rules.RulesHarness.connector;
import static dev.qpsbind.azure.rules.RulesHarness.onlyIssueOf;
import static dev.qpsbind.azure.rules.RulesHarness.validate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.validation.Severity;
import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.validation.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** run-frequency.positive, run-frequency.range (facts erratum 25). */
class RunFrequencyRulesTest {

  private static final String PATH = "/ServiceRequest/data/AzureAssetDataConnector/runFrequency";

  private static String frequency(int minutes) {
    return connector("<runFrequency>" + minutes + "</runFrequency>");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -240})
  void runFrequencyThatIsNotPositiveIsRefused(int minutes) {
    ValidationReport report = validate(frequency(minutes), Operation.UPDATE, 77L);

    ValidationIssue issue = onlyIssueOf(report, Rule.RUN_FREQUENCY_POSITIVE);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo(PATH);
    assertThat(issue.line()).isEqualTo(4);
    assertThat(issue.column()).isEqualTo(15);
    assertThat(issue.message()).contains("'" + minutes + "'", "minutes");
    assertThat(report.issues()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 59, 1441, 10080})
  void runFrequencyOutsideTheKnownRangeWarnsAndSaysWhy(int minutes) {
    ValidationReport report = validate(frequency(minutes), Operation.UPDATE, 77L);

    ValidationIssue issue = onlyIssueOf(report, Rule.RUN_FREQUENCY_RANGE);
    assertThat(issue.severity()).isEqualTo(Severity.WARNING);
    assertThat(issue.path()).isEqualTo(PATH);
    assertThat(issue.line()).isEqualTo(4);
    assertThat(issue.column()).isEqualTo(15);
    assertThat(issue.message()).contains("'" + minutes + "'", "60..1440", "documents no range");
    assertThat(report.hasErrors()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 240, 300, 1440})
  void runFrequencyInTheKnownRangePasses(int minutes) {
    assertThat(validate(frequency(minutes), Operation.UPDATE, 77L).issues()).isEmpty();
  }
}
