package dev.qpsbind.azure.rules;

import static dev.qpsbind.azure.rules.RulesHarness.connector;
import static dev.qpsbind.azure.rules.RulesHarness.issuesOf;
import static dev.qpsbind.azure.rules.RulesHarness.onlyIssueOf;
import static dev.qpsbind.azure.rules.RulesHarness.validate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** update.id-mismatch, server-field.id, server-field.read-only (field case C04). */
class ServerFieldRulesTest {

  private static final String CONNECTOR = "/ServiceRequest/data/AzureAssetDataConnector";

  @Test
  void bodyIdOtherThanPathIdIsRefused() {
    String xml = connector("<id>2004</id>\n<description>new</description>");

    ValidationReport report = validate(xml, Operation.UPDATE, 12345L);

    ValidationIssue issue = onlyIssueOf(report, Rule.UPDATE_ID_MISMATCH);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo(CONNECTOR + "/id");
    assertThat(issue.line()).isEqualTo(4);
    assertThat(issue.column()).isEqualTo(5);
    assertThat(issue.message()).contains("'2004'", "'12345'");
  }

  @Test
  void bodyIdEqualToPathIdPasses() {
    String xml = connector("<id>12345</id>\n<description>new</description>");

    assertThat(validate(xml, Operation.UPDATE, 12345L).issues()).isEmpty();
  }

  @Test
  void idInCreateIsRefused() {
    String xml = connector("<id>5</id>\n" + completeAuthRecord());

    ValidationReport report = validate(xml, Operation.CREATE, null);

    ValidationIssue issue = onlyIssueOf(report, Rule.SERVER_FIELD_ID);
    assertThat(issue.path()).isEqualTo(CONNECTOR + "/id");
    assertThat(issue.line()).isEqualTo(4);
    assertThat(issue.column()).isEqualTo(5);
    assertThat(issue.message()).contains("assigned by the server");
  }

  @Test
  void idInUpdateByFilterIsRefused() {
    String xml =
        """
        <ServiceRequest>
        <filters><Criteria field="name" operator="EQUALS">dev-azure</Criteria></filters>
        <data><AzureAssetDataConnector>
        <id>77</id>
        </AzureAssetDataConnector></data>
        </ServiceRequest>
        """;

    ValidationReport report = validate(xml, Operation.UPDATE_BY_FILTER, null);

    ValidationIssue issue = onlyIssueOf(report, Rule.SERVER_FIELD_ID);
    assertThat(issue.line()).isEqualTo(4);
    assertThat(issue.column()).isEqualTo(5);
    assertThat(issue.message()).contains("filter on field 'id'");
  }

  @Test
  void createWithoutIdPasses() {
    String xml = connector("<name>dev-azure</name>\n" + completeAuthRecord());

    assertThat(validate(xml, Operation.CREATE, null).issues()).isEmpty();
  }

  @Test
  void getEditSendBackNamesEachServerField() {
    // Field case C04: a create that carries fields copied from an answer.
    String xml =
        connector(
            "<name>dev-azure</name>\n"
                + "<connectorState>FINISHED_SUCCESS</connectorState>\n"
                + "<lastSync>2024-01-02T03:04:05Z</lastSync>\n"
                + completeAuthRecord());

    ValidationReport report = validate(xml, Operation.CREATE, null);

    List<ValidationIssue> issues = issuesOf(report, Rule.SERVER_FIELD_READ_ONLY);
    assertThat(issues)
        .extracting(ValidationIssue::path)
        .containsExactly(CONNECTOR + "/lastSync", CONNECTOR + "/connectorState");
    assertThat(issues).extracting(ValidationIssue::line).containsExactly(6, 5);
    assertThat(issues).extracting(ValidationIssue::column).containsExactly(11, 17);
    assertThat(issues.get(0).message()).contains("'lastSync'", "a create");
    assertThat(issues.get(1).message()).contains("'connectorState'");
    assertThat(report.errors()).hasSize(2);
  }

  @ParameterizedTest
  @CsvSource({
    "awsAccountId, 123456789012",
    "lastSync, 2024-01-02T03:04:05Z",
    "lastError, timeout",
    "connectorState, ERROR",
    "type, AZURE",
    "isChinaConfigured, false",
    "isDeleted, false",
    "nextSync, 2024-01-02T07:04:05Z",
    "cloudviewUuid, 00000000-0000-4000-8000-0000000000bb",
    "isAttachedToOrgConnector, false",
    "subscriptionName, Pay-As-You-Go"
  })
  void serverFieldInUpdateIsRefused(String element, String value) {
    String xml = connector("<" + element + ">" + value + "</" + element + ">");

    ValidationReport report = validate(xml, Operation.UPDATE, 77L);

    ValidationIssue issue = onlyIssueOf(report, Rule.SERVER_FIELD_READ_ONLY);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo(CONNECTOR + "/" + element);
    assertThat(issue.line()).isEqualTo(4);
    assertThat(issue.column()).isEqualTo(element.length() + 3);
    assertThat(issue.message()).contains("'" + element + "'", "an update by id");
  }

  @Test
  void writableFieldsInUpdatePass() {
    String xml =
        connector(
            """
            <name>dev-azure</name>
            <description>d</description>
            <disabled>false</disabled>
            <isRemediationEnabled>true</isRemediationEnabled>
            <runFrequency>240</runFrequency>
            """);

    assertThat(validate(xml, Operation.UPDATE, 77L).issues()).isEmpty();
  }

  /** A complete auth record with well-formed, invented ids. */
  static String completeAuthRecord() {
    return """
    <authRecord>
    <applicationId>00000000-0000-4000-8000-000000000001</applicationId>
    <directoryId>00000000-0000-4000-8000-000000000002</directoryId>
    <subscriptionId>00000000-0000-4000-8000-000000000003</subscriptionId>
    <authenticationKey>FAKE-SECRET-0001</authenticationKey>
    </authRecord>
    """;
  }
}
