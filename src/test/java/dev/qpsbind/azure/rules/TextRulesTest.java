package dev.qpsbind.azure.rules;

import static dev.qpsbind.azure.rules.RulesHarness.connector;
import static dev.qpsbind.azure.rules.RulesHarness.issuesOf;
import static dev.qpsbind.azure.rules.RulesHarness.onlyIssueOf;
import static dev.qpsbind.azure.rules.RulesHarness.validate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.RequestData;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** text.xml-chars, name.blank, name.length. */
class TextRulesTest {

  private static final String CONNECTOR = "/ServiceRequest/data/AzureAssetDataConnector";

  /**
   * XML 1.1 may carry control characters as references, so a document can hold what an XML 1.0
   * request must not; the declaration shares line 1 with the root.
   */
  private static String xml11(String body) {
    return "<?xml version=\"1.1\"?>" + connector(body);
  }

  @Test
  void controlCharacterInDescriptionIsRefused() {
    ValidationReport report =
        validate(xml11("<description>ab&#1;c</description>"), Operation.UPDATE, 77L);

    ValidationIssue issue = onlyIssueOf(report, Rule.TEXT_XML_CHARS);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo(CONNECTOR + "/description");
    assertThat(issue.line()).isEqualTo(4);
    assertThat(issue.column()).isEqualTo(14);
    assertThat(issue.message()).contains("U+0001", "character 3", "XML 1.0");
  }

  @Test
  void controlCharacterInASecondTagNameIsRefusedAtItsPath() {
    String body =
        """
        <defaultTags><set>
        <TagSimple><id>1</id></TagSimple>
        <TagSimple><id>2</id><name>bad&#27;name</name></TagSimple>
        </set></defaultTags>
        """;

    ValidationReport report = validate(xml11(body), Operation.UPDATE, 77L);

    ValidationIssue issue = onlyIssueOf(report, Rule.TEXT_XML_CHARS);
    assertThat(issue.path()).isEqualTo(CONNECTOR + "/defaultTags/set/TagSimple[2]/name");
    assertThat(issue.line()).isEqualTo(6);
    assertThat(issue.column()).isEqualTo(28);
    assertThat(issue.message()).contains("U+001B");
  }

  @Test
  void controlCharacterInCriteriaValueIsRefused() {
    String xml =
        "<?xml version=\"1.1\"?><ServiceRequest>\n<filters>\n"
            + "<Criteria field=\"name\" operator=\"EQUALS\">dev&#2;</Criteria>\n"
            + "</filters>\n</ServiceRequest>\n";

    ValidationReport report = validate(xml, Operation.SEARCH, null);

    ValidationIssue issue = onlyIssueOf(report, Rule.TEXT_XML_CHARS);
    assertThat(issue.path()).isEqualTo("/ServiceRequest/filters/Criteria");
    assertThat(issue.line()).isEqualTo(3);
    assertThat(issue.column()).isEqualTo(42);
  }

  @Test
  void controlCharacterInTheKeyIsRefusedWithoutShowingTheKey() {
    String body =
        """
        <authRecord>
        <authenticationKey>FAKE-SECRET&#27;0005</authenticationKey>
        </authRecord>
        """;

    ValidationReport report = validate(xml11(body), Operation.UPDATE, 77L);

    ValidationIssue issue = onlyIssueOf(report, Rule.TEXT_XML_CHARS);
    assertThat(issue.path()).isEqualTo(CONNECTOR + "/authRecord/authenticationKey");
    assertThat(issue.line()).isEqualTo(5);
    assertThat(issue.column()).isEqualTo(20);
    assertThat(issue.message()).contains("not shown").doesNotContain("FAKE", "0005", "U+001B");
  }

  @Test
  void loneSurrogateInAnObjectIsRefused() {
    ServiceRequest request = update("name", "dev\uD800");

    List<ValidationIssue> issues = RequestRules.standard().check(request, Operation.UPDATE, 77L);

    assertThat(issues)
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.rule()).isEqualTo("text.xml-chars");
              assertThat(issue.path()).isEqualTo(CONNECTOR + "/name");
              assertThat(issue.message()).contains("U+D800", "character 4");
            });
  }

  @Test
  void tabsNewlinesAndCharactersBeyondTheBasicPlanePass() {
    ServiceRequest request = update("description", "Prod-Zürich-東京-💾\tline\r\nnext");

    assertThat(RequestRules.standard().check(request, Operation.UPDATE, 77L)).isEmpty();
  }

  @Test
  void blankNameIsRefused() {
    ValidationReport report = validate(connector("<name>   </name>"), Operation.UPDATE, 77L);

    ValidationIssue issue = onlyIssueOf(report, Rule.NAME_BLANK);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo(CONNECTOR + "/name");
    assertThat(issue.line()).isEqualTo(4);
    assertThat(issue.column()).isEqualTo(7);
    assertThat(issue.message()).contains("blank", "leave name out");
  }

  @Test
  void nameOfMoreThan255CharactersIsRefused() {
    String name = "n".repeat(256);

    ValidationReport report =
        validate(connector("<name>" + name + "</name>"), Operation.UPDATE, 77L);

    ValidationIssue issue = onlyIssueOf(report, Rule.NAME_LENGTH);
    assertThat(issue.isError()).isTrue();
    assertThat(issue.path()).isEqualTo(CONNECTOR + "/name");
    assertThat(issue.line()).isEqualTo(4);
    assertThat(issue.column()).isEqualTo(7);
    assertThat(issue.message()).contains("256 characters", "at most 255").doesNotContain(name);
  }

  @Test
  void nameOf255CharactersCountedAsCodePointsPasses() {
    // 255 characters beyond the basic plane are 510 UTF-16 units: still 255 characters.
    String name = "💾".repeat(255);

    ValidationReport report =
        validate(connector("<name>" + name + "</name>"), Operation.UPDATE, 77L);

    assertThat(issuesOf(report, Rule.NAME_LENGTH)).isEmpty();
    assertThat(report.issues()).isEmpty();
  }

  private static ServiceRequest update(String field, String value) {
    AzureAssetDataConnector connector = new AzureAssetDataConnector();
    if (field.equals("name")) {
      connector.setName(value);
    } else {
      connector.setDescription(value);
    }
    RequestData data = new RequestData();
    data.setAzureAssetDataConnector(connector);
    ServiceRequest request = new ServiceRequest();
    request.setData(data);
    return request;
  }
}
