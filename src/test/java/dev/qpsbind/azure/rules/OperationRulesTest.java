package dev.qpsbind.azure.rules;

import static dev.qpsbind.azure.rules.RulesHarness.connector;
import static dev.qpsbind.azure.rules.RulesHarness.issuesOf;
import static dev.qpsbind.azure.rules.RulesHarness.onlyIssueOf;
import static dev.qpsbind.azure.rules.RulesHarness.validate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.validation.Severity;
import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** operation.path-id, body.unexpected, body.ignored, body.data-required, search.limit-results. */
class OperationRulesTest {

  private static final String EMPTY = "<ServiceRequest>\n</ServiceRequest>\n";

  private static final String FILTERED =
      """
      <ServiceRequest>
      <filters>
      <Criteria field="name" operator="EQUALS">dev-azure</Criteria>
      </filters>
      </ServiceRequest>
      """;

  @Test
  void updateByIdWithoutPathIdIsRefused() {
    String xml = connector("<description>new</description>");

    ValidationReport report = validate(xml, Operation.UPDATE, null);

    ValidationIssue issue = onlyIssueOf(report, Rule.OPERATION_PATH_ID);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo("/ServiceRequest");
    assertThat(issue.line()).isEqualTo(1);
    assertThat(issue.column()).isEqualTo(17);
    assertThat(issue.message()).contains("update-by-filter");
  }

  @Test
  void updateByIdWithPathIdPasses() {
    String xml = connector("<description>new</description>");

    ValidationReport report = validate(xml, Operation.UPDATE, 77L);

    assertThat(report.issues()).isEmpty();
  }

  @Test
  void nonPositivePathIdIsRefused() {
    ValidationReport report = validate(EMPTY, Operation.GET, 0L);

    ValidationIssue issue = onlyIssueOf(report, Rule.OPERATION_PATH_ID);
    assertThat(issue.line()).isEqualTo(1);
    assertThat(issue.message()).contains("'0'");
  }

  @Test
  void pathIdGivenToSearchIsRefused() {
    ValidationReport report = validate(FILTERED, Operation.SEARCH, 5L);

    ValidationIssue issue = onlyIssueOf(report, Rule.OPERATION_PATH_ID);
    assertThat(issue.path()).isEqualTo("/ServiceRequest");
    assertThat(issue.line()).isEqualTo(1);
    assertThat(issue.message()).contains("'5'", "field 'id'");
  }

  @Test
  void searchWithoutPathIdPasses() {
    assertThat(validate(FILTERED, Operation.SEARCH, null).issues()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(names = {"GET", "DELETE", "RUN"})
  void emptyBodyPassesForOperationsWithoutBody(Operation operation) {
    assertThat(validate(EMPTY, operation, 77L).issues()).isEmpty();
  }

  @Test
  void filtersInDeleteByIdAreRefused() {
    ValidationReport report = validate(FILTERED, Operation.DELETE, 77L);

    ValidationIssue issue = onlyIssueOf(report, Rule.BODY_UNEXPECTED);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo("/ServiceRequest/filters");
    assertThat(issue.line()).isEqualTo(2);
    assertThat(issue.column()).isEqualTo(10);
    assertThat(issue.message()).contains("would not narrow the delete", "delete-by-filter");
  }

  @Test
  void dataInRunIsRefused() {
    String xml = connector("<disabled>true</disabled>");

    ValidationReport report = validate(xml, Operation.RUN, 77L);

    ValidationIssue issue = onlyIssueOf(report, Rule.BODY_UNEXPECTED);
    assertThat(issue.path()).isEqualTo("/ServiceRequest/data");
    assertThat(issue.line()).isEqualTo(2);
    assertThat(issue.column()).isEqualTo(7);
  }

  @Test
  void filtersInUpdateByIdWarn() {
    String xml =
        """
        <ServiceRequest>
        <filters>
        <Criteria field="name" operator="EQUALS">dev-azure</Criteria>
        </filters>
        <data><AzureAssetDataConnector><disabled>true</disabled></AzureAssetDataConnector></data>
        </ServiceRequest>
        """;

    ValidationReport report = validate(xml, Operation.UPDATE, 77L);

    ValidationIssue issue = onlyIssueOf(report, Rule.BODY_IGNORED);
    assertThat(issue.severity()).isEqualTo(Severity.WARNING);
    assertThat(issue.path()).isEqualTo("/ServiceRequest/filters");
    assertThat(issue.line()).isEqualTo(2);
    assertThat(issue.column()).isEqualTo(10);
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void filtersInUpdateByFilterAreUsed() {
    String xml =
        """
        <ServiceRequest>
        <filters>
        <Criteria field="name" operator="EQUALS">dev-azure</Criteria>
        </filters>
        <data><AzureAssetDataConnector><disabled>true</disabled></AzureAssetDataConnector></data>
        </ServiceRequest>
        """;

    ValidationReport report = validate(xml, Operation.UPDATE_BY_FILTER, null);

    assertThat(report.issues()).isEmpty();
  }

  @Test
  void preferencesInDeleteByFilterWarn() {
    String xml =
        """
        <ServiceRequest>
        <filters><Criteria field="id" operator="EQUALS">77</Criteria></filters>
        <preferences><limitResults>10</limitResults></preferences>
        </ServiceRequest>
        """;

    ValidationReport report = validate(xml, Operation.DELETE_BY_FILTER, null);

    ValidationIssue issue = onlyIssueOf(report, Rule.BODY_IGNORED);
    assertThat(issue.path()).isEqualTo("/ServiceRequest/preferences");
    assertThat(issue.line()).isEqualTo(3);
    assertThat(issue.column()).isEqualTo(14);
  }

  @Test
  void createWithoutConnectorIsRefused() {
    ValidationReport report = validate(EMPTY, Operation.CREATE, null);

    ValidationIssue issue = onlyIssueOf(report, Rule.BODY_DATA_REQUIRED);
    assertThat(issue.path()).isEqualTo("/ServiceRequest/data/AzureAssetDataConnector");
    // The element is missing, so the issue sits where its nearest ancestor starts.
    assertThat(issue.line()).isEqualTo(1);
    assertThat(issue.column()).isEqualTo(17);
  }

  @Test
  void updateByIdWithConnectorHasData() {
    ValidationReport report =
        validate(connector("<disabled>true</disabled>"), Operation.UPDATE, 7L);

    assertThat(issuesOf(report, Rule.BODY_DATA_REQUIRED)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 1001})
  void limitResultsOutsideOneToThousandIsRefused(int limit) {
    String xml =
        "<ServiceRequest>\n<preferences>\n<limitResults>"
            + limit
            + "</limitResults>\n</preferences>\n</ServiceRequest>\n";

    ValidationReport report = validate(xml, Operation.SEARCH, null);

    ValidationIssue issue = onlyIssueOf(report, Rule.SEARCH_LIMIT_RESULTS);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo("/ServiceRequest/preferences/limitResults");
    assertThat(issue.line()).isEqualTo(3);
    assertThat(issue.column()).isEqualTo(15);
    assertThat(issue.message()).contains("'" + limit + "'", "1..1000", "startFromId");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 100, 1000})
  void limitResultsWithinOneToThousandPasses(int limit) {
    String xml =
        "<ServiceRequest><preferences><limitResults>"
            + limit
            + "</limitResults></preferences></ServiceRequest>";

    assertThat(validate(xml, Operation.SEARCH_ERRORS, null).issues()).isEmpty();
  }
}
