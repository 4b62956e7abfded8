package dev.qpsbind.azure.rules;

import static dev.qpsbind.azure.rules.RulesHarness.connector;
import static dev.qpsbind.azure.rules.RulesHarness.onlyIssueOf;
import static dev.qpsbind.azure.rules.RulesHarness.validate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.validation.Severity;
import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** app-info.name, app-info.identifier, app-info.subscription. */
class AppInfoRulesTest {

  private static final String SUBSCRIPTION = "00000000-0000-4000-8000-000000000003";

  private static final String INFO =
      "/ServiceRequest/data/AzureAssetDataConnector/connectorAppInfos/set"
          + "/ConnectorAppInfoQList/set/ConnectorAppInfo";

  /** A connector with one app info (lines 4 to 10) and an auth record's subscription. */
  private static String withAppInfo(String name, String identifier) {
    return connector(
        "<authRecord><subscriptionId>"
            + SUBSCRIPTION
            + "</subscriptionId></authRecord>\n"
            + "<connectorAppInfos><set><ConnectorAppInfoQList><set>\n"
            + "<ConnectorAppInfo>\n"
            + (name == null ? "" : "<name>" + name + "</name>\n")
            + (identifier == null ? "" : "<identifier>" + identifier + "</identifier>\n")
            + "<tagId>4242</tagId>\n"
            + "</ConnectorAppInfo>\n"
            + "</set></ConnectorAppInfoQList></set></connectorAppInfos>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"AI", "CI", "CSA"})
  void documentedAppNamesPass(String name) {
    ValidationReport report = validate(withAppInfo(name, SUBSCRIPTION), Operation.UPDATE, 7L);

    assertThat(report.issues()).isEmpty();
  }

  @Test
  void unknownAppNameIsRefused() {
    ValidationReport report = validate(withAppInfo("VM", SUBSCRIPTION), Operation.UPDATE, 7L);

    ValidationIssue issue = onlyIssueOf(report, Rule.APP_INFO_NAME);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo(INFO + "/name");
    assertThat(issue.line()).isEqualTo(7);
    assertThat(issue.column()).isEqualTo(7);
    assertThat(issue.message()).contains("'VM'", "AI (Asset Inventory)", "CSA");
  }

  @Test
  void lowerCaseAppNameIsRefusedWithTheSpellingToUse() {
    ValidationReport report = validate(withAppInfo("csa", SUBSCRIPTION), Operation.CREATE, null);

    ValidationIssue issue = onlyIssueOf(report, Rule.APP_INFO_NAME);
    assertThat(issue.message()).contains("'csa'", "'CSA'");
  }

  @Test
  void missingAppNameIsRefusedWhereItsInfoStarts() {
    ValidationReport report = validate(withAppInfo(null, SUBSCRIPTION), Operation.UPDATE, 7L);

    ValidationIssue issue = onlyIssueOf(report, Rule.APP_INFO_NAME);
    assertThat(issue.path()).isEqualTo(INFO + "/name");
    assertThat(issue.line()).isEqualTo(6);
    assertThat(issue.column()).isEqualTo(19);
    assertThat(issue.message()).contains("has no name");
  }

  @Test
  void missingIdentifierIsRefused() {
    ValidationReport report = validate(withAppInfo("AI", null), Operation.UPDATE, 7L);

    ValidationIssue issue = onlyIssueOf(report, Rule.APP_INFO_IDENTIFIER);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo(INFO + "/identifier");
    assertThat(issue.line()).isEqualTo(6);
    assertThat(issue.column()).isEqualTo(19);
    assertThat(issue.message()).contains("'AI'", "subscription id");
  }

  @Test
  void identifierOtherThanTheSubscriptionWarns() {
    String other = "00000000-0000-4000-8000-0000000000ff";

    ValidationReport report = validate(withAppInfo("AI", other), Operation.UPDATE, 7L);

    ValidationIssue issue = onlyIssueOf(report, Rule.APP_INFO_SUBSCRIPTION);
    assertThat(issue.severity()).isEqualTo(Severity.WARNING);
    assertThat(issue.path()).isEqualTo(INFO + "/identifier");
    assertThat(issue.line()).isEqualTo(8);
    assertThat(issue.column()).isEqualTo(13);
    assertThat(issue.message()).contains("'" + other + "'", "'" + SUBSCRIPTION + "'");
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void identifierEqualToTheSubscriptionInOtherCasePasses() {
    String upper = SUBSCRIPTION.toUpperCase(java.util.Locale.ROOT);

    ValidationReport report = validate(withAppInfo("AI", upper), Operation.UPDATE, 7L);

    assertThat(report.issues()).isEmpty();
  }
}
