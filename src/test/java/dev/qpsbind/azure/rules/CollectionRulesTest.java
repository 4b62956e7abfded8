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

/** collection.read-only, collection.one-action, activation.pc-with-sca. */
class CollectionRulesTest {

  private static final String CONNECTOR = "/ServiceRequest/data/AzureAssetDataConnector";

  @Test
  void listSentBackFromAnAnswerIsRefused() {
    String xml =
        connector(
            """
            <defaultTags>
            <list>
            <TagSimple><id>4242</id><name>cloud</name></TagSimple>
            </list>
            </defaultTags>
            """);

    ValidationReport report = validate(xml, Operation.UPDATE, 77L);

    ValidationIssue issue = onlyIssueOf(report, Rule.COLLECTION_READ_ONLY);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo(CONNECTOR + "/defaultTags/list");
    assertThat(issue.line()).isEqualTo(5);
    assertThat(issue.column()).isEqualTo(7);
    assertThat(issue.message()).contains("rename list to set");
    assertThat(issuesOf(report, Rule.COLLECTION_ONE_ACTION)).isEmpty();
  }

  @Test
  void countInCollectionIsRefused() {
    String xml =
        connector(
            """
            <activation>
            <count>1</count>
            <set><ActivationModule>VM</ActivationModule></set>
            </activation>
            """);

    ValidationReport report = validate(xml, Operation.UPDATE, 77L);

    ValidationIssue issue = onlyIssueOf(report, Rule.COLLECTION_READ_ONLY);
    assertThat(issue.path()).isEqualTo(CONNECTOR + "/activation/count");
    assertThat(issue.line()).isEqualTo(5);
    assertThat(issue.column()).isEqualTo(8);
  }

  @Test
  void listInsideANestedAppInfoListIsRefusedAtItsIndexedPath() {
    String xml =
        connector(
            """
            <connectorAppInfos>
            <set>
            <ConnectorAppInfoQList><set>
            <ConnectorAppInfo><name>AI</name><identifier>sub-1</identifier></ConnectorAppInfo>
            </set></ConnectorAppInfoQList>
            <ConnectorAppInfoQList>
            <list>
            <ConnectorAppInfo><name>CI</name><identifier>sub-1</identifier></ConnectorAppInfo>
            </list>
            </ConnectorAppInfoQList>
            </set>
            </connectorAppInfos>
            """);

    ValidationReport report = validate(xml, Operation.UPDATE, 77L);

    ValidationIssue issue = onlyIssueOf(report, Rule.COLLECTION_READ_ONLY);
    assertThat(issue.path())
        .isEqualTo(CONNECTOR + "/connectorAppInfos/set/ConnectorAppInfoQList[2]/list");
    assertThat(issue.line()).isEqualTo(10);
    assertThat(issue.column()).isEqualTo(7);
  }

  @Test
  void setAndAddInOneCollectionAreRefused() {
    String xml =
        connector(
            """
            <defaultTags>
            <set><TagSimple><id>1</id></TagSimple></set>
            <add><TagSimple><id>2</id></TagSimple></add>
            </defaultTags>
            """);

    ValidationReport report = validate(xml, Operation.UPDATE, 77L);

    ValidationIssue issue = onlyIssueOf(report, Rule.COLLECTION_ONE_ACTION);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo(CONNECTOR + "/defaultTags/add");
    assertThat(issue.line()).isEqualTo(6);
    assertThat(issue.column()).isEqualTo(6);
    assertThat(issue.message()).contains("set and add");
  }

  @Test
  void twoActionsInDaysOfWeekAreRefused() {
    String xml =
        connector(
            """
            <isCPSEnabled>true</isCPSEnabled>
            <connectorScanConfig><set><ConnectorScanConfiguration>
            <recurrence>WEEKLY</recurrence>
            <daysOfWeek>
            <set><Day>MON</Day></set>
            <remove><Day>SUN</Day></remove>
            </daysOfWeek>
            </ConnectorScanConfiguration></set></connectorScanConfig>
            """);

    ValidationReport report = validate(xml, Operation.UPDATE, 77L);

    ValidationIssue issue = onlyIssueOf(report, Rule.COLLECTION_ONE_ACTION);
    assertThat(issue.path())
        .isEqualTo(
            CONNECTOR + "/connectorScanConfig/set/ConnectorScanConfiguration/daysOfWeek/remove");
    assertThat(issue.line()).isEqualTo(9);
    assertThat(issue.column()).isEqualTo(9);
  }

  @Test
  void collectionWithoutActionIsRefused() {
    String xml = connector("<activation/>");

    ValidationReport report = validate(xml, Operation.UPDATE, 77L);

    ValidationIssue issue = onlyIssueOf(report, Rule.COLLECTION_ONE_ACTION);
    assertThat(issue.path()).isEqualTo(CONNECTOR + "/activation");
    assertThat(issue.line()).isEqualTo(4);
    assertThat(issue.column()).isEqualTo(14);
    assertThat(issue.message()).contains("changes nothing");
  }

  @Test
  void oneActionPerCollectionPasses() {
    String xml =
        connector(
            """
            <defaultTags><add><TagSimple><id>1</id></TagSimple></add></defaultTags>
            <activation><set><ActivationModule>VM</ActivationModule></set></activation>
            <connectorAppInfos><set><ConnectorAppInfoQList><remove>
            <ConnectorAppInfo><name>AI</name><identifier>sub-1</identifier></ConnectorAppInfo>
            </remove></ConnectorAppInfoQList></set></connectorAppInfos>
            """);

    assertThat(validate(xml, Operation.UPDATE, 77L).issues()).isEmpty();
  }

  @Test
  void activatingPcWithScaWarns() {
    String xml =
        connector(
            """
            <activation><set>
            <ActivationModule>PC</ActivationModule><ActivationModule>SCA</ActivationModule>
            </set></activation>
            """);

    ValidationReport report = validate(xml, Operation.UPDATE, 77L);

    ValidationIssue issue = onlyIssueOf(report, Rule.ACTIVATION_PC_WITH_SCA);
    assertThat(issue.severity()).isEqualTo(Severity.WARNING);
    assertThat(issue.path()).isEqualTo(CONNECTOR + "/activation");
    assertThat(issue.line()).isEqualTo(4);
    assertThat(issue.column()).isEqualTo(13);
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void activatingPcWithVmPasses() {
    String xml =
        connector(
            """
            <activation><set>
            <ActivationModule>PC</ActivationModule><ActivationModule>VM</ActivationModule>
            </set></activation>
            """);

    assertThat(validate(xml, Operation.UPDATE, 77L).issues()).isEmpty();
  }
}
