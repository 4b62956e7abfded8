package dev.qpsbind.azure.rules;

import static dev.qpsbind.azure.rules.RulesHarness.connector;
import static dev.qpsbind.azure.rules.RulesHarness.issuesOf;
import static dev.qpsbind.azure.rules.RulesHarness.onlyIssueOf;
import static dev.qpsbind.azure.rules.RulesHarness.validate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.AzureAuthRecordSimple;
import dev.qpsbind.azure.model.RequestData;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.validation.Severity;
import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** auth.required, auth.guid (field case C18: the key never shows). */
class AuthRulesTest {

  private static final String AUTH = "/ServiceRequest/data/AzureAssetDataConnector/authRecord";

  @Test
  void completeAuthRecordPassesOnCreate() {
    String xml = connector("<name>dev</name>\n" + ServerFieldRulesTest.completeAuthRecord());

    assertThat(validate(xml, Operation.CREATE, null).issues()).isEmpty();
  }

  @Test
  void createWithoutAuthRecordIsRefused() {
    ValidationReport report = validate(connector("<name>dev</name>"), Operation.CREATE, null);

    ValidationIssue issue = onlyIssueOf(report, Rule.AUTH_REQUIRED);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo(AUTH);
    assertThat(issue.line()).isEqualTo(3);
    assertThat(issue.column()).isEqualTo(26);
  }

  @Test
  void missingKeyIsReportedWithoutEchoingTheAuthRecord() {
    // Field case C18: only what is missing is named; no value of the record is shown.
    String xml =
        connector(
            """
            <name>dev</name>
            <authRecord>
            <applicationId>00000000-0000-4000-8000-000000000001</applicationId>
            <directoryId>00000000-0000-4000-8000-000000000002</directoryId>
            <subscriptionId>00000000-0000-4000-8000-000000000003</subscriptionId>
            </authRecord>
            """);

    ValidationReport report = validate(xml, Operation.CREATE, null);

    ValidationIssue issue = onlyIssueOf(report, Rule.AUTH_REQUIRED);
    assertThat(issue.path()).isEqualTo(AUTH + "/authenticationKey");
    assertThat(issue.line()).isEqualTo(5);
    assertThat(issue.column()).isEqualTo(13);
    assertThat(issue.message()).contains("no authenticationKey").doesNotContain("00000000");
    assertThat(report.issues()).hasSize(1);
  }

  @Test
  void eachMissingFieldIsNamed() {
    String xml =
        connector(
            "<authRecord>\n<authenticationKey>FAKE-SECRET-0002</authenticationKey>"
                + "\n</authRecord>");

    ValidationReport report = validate(xml, Operation.CREATE, null);

    assertThat(issuesOf(report, Rule.AUTH_REQUIRED))
        .extracting(ValidationIssue::path)
        .containsExactly(AUTH + "/applicationId", AUTH + "/directoryId", AUTH + "/subscriptionId");
    assertThat(report.issues())
        .extracting(ValidationIssue::message)
        .noneMatch(message -> message.contains("FAKE-SECRET-0002"));
  }

  @Test
  void partialAuthRecordPassesOnUpdate() {
    String xml =
        connector(
            "<authRecord>\n<authenticationKey>FAKE-SECRET-0003</authenticationKey>"
                + "\n</authRecord>");

    assertThat(validate(xml, Operation.UPDATE, 77L).issues()).isEmpty();
  }

  @Test
  void maskedSampleGuidWarns() {
    String xml =
        connector(
            """
            <authRecord>
            <applicationId>xxxxxxxxx-694d-xxxx-ae0b-d2bd14d1a4d7</applicationId>
            </authRecord>
            """);

    ValidationReport report = validate(xml, Operation.UPDATE, 77L);

    ValidationIssue issue = onlyIssueOf(report, Rule.AUTH_GUID);
    assertThat(issue.severity()).isEqualTo(Severity.WARNING);
    assertThat(issue.path()).isEqualTo(AUTH + "/applicationId");
    assertThat(issue.line()).isEqualTo(5);
    assertThat(issue.column()).isEqualTo(16);
    assertThat(issue.message()).contains("does not look like a GUID", "masked");
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void guidsInEitherCasePass() {
    String xml =
        connector(
            """
            <authRecord>
            <applicationId>f076c321-AB12-4cde-8f00-0123456789AB</applicationId>
            <directoryId>ff4e2413-0000-4000-8000-000000000002</directoryId>
            </authRecord>
            """);

    assertThat(validate(xml, Operation.UPDATE, 77L).issues()).isEmpty();
  }

  @Test
  void authenticationKeyNeverAppearsInAnyMessage() {
    String key = "FAKE-SECRET-\u0001-0004";
    AzureAuthRecordSimple auth = new AzureAuthRecordSimple();
    auth.setApplicationId("not-a-guid");
    auth.setAuthenticationKey(key);
    AzureAssetDataConnector connector = new AzureAssetDataConnector();
    connector.setId(5L);
    connector.setName(" ");
    connector.setAuthRecord(auth);
    RequestData data = new RequestData();
    data.setAzureAssetDataConnector(connector);
    ServiceRequest request = new ServiceRequest();
    request.setData(data);

    List<ValidationIssue> issues = RequestRules.standard().check(request, Operation.CREATE, null);

    assertThat(issues)
        .extracting(ValidationIssue::rule)
        .contains("auth.required", "auth.guid", "text.xml-chars", "server-field.id");
    assertThat(issues)
        .allSatisfy(
            issue -> {
              assertThat(issue.message()).doesNotContain("FAKE-SECRET");
              assertThat(issue.toString()).doesNotContain("FAKE-SECRET");
            });
  }
}
