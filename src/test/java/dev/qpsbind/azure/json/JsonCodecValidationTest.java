package dev.qpsbind.azure.json;

import static dev.qpsbind.azure.json.Documents.bytes;
import static dev.qpsbind.azure.json.Documents.positionOf;
import static dev.qpsbind.azure.json.Documents.text;
import static dev.qpsbind.azure.json.Documents.thrown;
import static dev.qpsbind.azure.json.Documents.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.qpsbind.azure.error.InvalidRequestException;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.validation.DocumentKind;
import dev.qpsbind.azure.validation.DocumentLocations;
import dev.qpsbind.azure.validation.RequestCheck;
import dev.qpsbind.azure.validation.Severity;
import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.validation.ValidationReport;
import dev.qpsbind.azure.xml.XmlCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON request and its XML twin get the same verdict, and every issue is placed at its JSON line
 * and column, whoever found it (the JSON reader, the schema on the XML twin, or a request check).
 */
class JsonCodecValidationTest {

  private static final String SAMPLE1_XML = "/samples/update-request-sample1.xml";
  private static final String CONNECTOR = "/ServiceRequest/data/AzureAssetDataConnector";

  private final XmlCodec xmlCodec = XmlCodec.create();
  private final JsonCodec codec = JsonCodec.create();

  /** Sample 1 and its JSON twin, as this codec writes it. */
  private final String xml = text(SAMPLE1_XML);

  private final String json =
      new String(
          codec.write(xmlCodec.readRequest(bytes(SAMPLE1_XML)).value()), StandardCharsets.UTF_8);

  private static void assertAt(ValidationIssue issue, DocumentLocations.Location expected) {
    assertThat(issue.line()).as("line of %s", issue).isEqualTo(expected.line());
    assertThat(issue.column()).as("column of %s", issue).isEqualTo(expected.column());
  }

  @Test
  void misspelledElementIsRefusedInBothFormsAndBothPassWhenCorrected() {
    String badXml =
        xml.replace("<runFrequency>300</runFrequency>", "<runFrequncy>300</runFrequncy>");
    String badJson = json.replace("\"runFrequency\"", "\"runFrequncy\"");

    ValidationReport xmlReport = xmlCodec.validate(utf8(badXml));
    ValidationReport jsonReport = codec.validate(utf8(badJson));

    assertThat(xmlReport.errors())
        .extracting(ValidationIssue::rule, ValidationIssue::path)
        .containsExactly(tuple("unknown-element", CONNECTOR + "/runFrequncy"));
    assertThat(jsonReport.errors())
        .extracting(ValidationIssue::rule, ValidationIssue::path)
        .containsExactly(tuple("unknown-element", CONNECTOR + "/runFrequncy"));
    assertThat(jsonReport.errors().get(0).message()).contains("did you mean 'runFrequency'?");
    assertAt(jsonReport.errors().get(0), positionOf(badJson, "\"runFrequncy\""));

    assertThat(xmlCodec.validate(utf8(xml)).hasErrors()).isFalse();
    assertThat(codec.validate(utf8(json)).hasErrors()).isFalse();
    assertThat(codec.validate(utf8(json)).kind()).isEqualTo(DocumentKind.REQUEST);
  }

  @Test
  void badBooleanIsRefusedInBothForms() {
    String badXml = xml.replace("<disabled>false</disabled>", "<disabled>yes</disabled>");
    String badJson = json.replace("\"disabled\": false", "\"disabled\": \"yes\"");

    ValidationReport xmlReport = xmlCodec.validate(utf8(badXml));
    ValidationReport jsonReport = codec.validate(utf8(badJson));

    assertThat(xmlReport.hasErrors()).isTrue();
    assertThat(jsonReport.errors())
        .extracting(ValidationIssue::path)
        .containsExactly(CONNECTOR + "/disabled");
    assertAt(jsonReport.errors().get(0), positionOf(badJson, "\"disabled\""));
  }

  @Test
  void repeatedSingleValuedKeyIsRefusedInBothForms() {
    String badXml =
        xml.replace(
            "<name>Azure Connector</name>", "<name>Azure Connector</name><name>Other</name>");
    String badJson =
        json.replace(
            "\"name\": \"Azure Connector\",",
            "\"name\": \"Azure Connector\", \"name\": \"Other\",");

    ValidationReport xmlReport = xmlCodec.validate(utf8(badXml));
    ValidationReport jsonReport = codec.validate(utf8(badJson));

    assertThat(xmlReport.errors())
        .extracting(ValidationIssue::rule, ValidationIssue::path)
        .containsExactly(tuple("duplicate-element", CONNECTOR + "/name[2]"));
    assertThat(jsonReport.errors())
        .extracting(ValidationIssue::rule, ValidationIssue::path)
        .containsExactly(tuple("duplicate-element", CONNECTOR + "/name[2]"));
    assertAt(jsonReport.errors().get(0), positionOf(badJson, "\"name\"", 2));
  }

  @Test
  void whatOnlyTheSchemaSeesIsFoundOnTheXmlTwinAndPlacedInTheJson() {
    String badJson =
        """
        {"ServiceRequest": {
          "filters": {"Criteria": [
            {"field": "name", "operator": "EQUALS", "value": "x"},
            {"field": "id", "value": "77"}]},
          "preferences": {}
        }}
        """;
    String badXml =
        """
        <ServiceRequest><filters>
          <Criteria field="name" operator="EQUALS">x</Criteria>
          <Criteria field="id">77</Criteria></filters><preferences/></ServiceRequest>
        """;

    ValidationReport jsonReport = codec.validate(utf8(badJson));
    ValidationReport xmlReport = xmlCodec.validate(utf8(badXml));

    assertThat(xmlReport.errors())
        .extracting(ValidationIssue::path)
        .containsExactly("/ServiceRequest/filters/Criteria[2]");
    assertThat(jsonReport.errors())
        .extracting(ValidationIssue::path)
        .containsExactly("/ServiceRequest/filters/Criteria[2]");
    assertThat(jsonReport.errors().get(0).message()).contains("operator");
    assertAt(jsonReport.errors().get(0), positionOf(badJson, "{\"field\": \"id\""));
  }

  @Test
  void requestCheckIssueIsPlacedAtItsJsonLineAndColumn() {
    String path =
        CONNECTOR
            + "/connectorAppInfos/set/ConnectorAppInfoQList[2]/set"
            + "/ConnectorAppInfo/name";
    RequestCheck refuseCi =
        request ->
            List.of(ValidationIssue.of(Severity.ERROR, "test-rule", path, "CI is refused here"));
    String sample2 = text("/json/update-request-sample2.json");
    byte[] xmlTwin = xmlCodec.marshal(codec.readRequest(utf8(sample2)).value());

    ValidationReport jsonReport =
        codec.validate(new java.io.ByteArrayInputStream(utf8(sample2)), refuseCi);
    ValidationReport xmlReport =
        xmlCodec.validate(new java.io.ByteArrayInputStream(xmlTwin), refuseCi);

    assertThat(xmlReport.errors()).extracting(ValidationIssue::rule).containsExactly("test-rule");
    assertThat(jsonReport.errors()).extracting(ValidationIssue::rule).containsExactly("test-rule");
    assertAt(jsonReport.errors().get(0), positionOf(sample2, "\"name\":\"CI\""));
    assertThat(jsonReport.warnings())
        .extracting(ValidationIssue::rule)
        .containsExactly("duplicate-key");
  }

  @Test
  void requestCheckRunsOnlyOnSchemaValidRequestsAsForXml() {
    String badJson = json.replace("\"runFrequency\"", "\"runFrequncy\"");
    RequestCheck alwaysRefuses =
        request -> List.of(ValidationIssue.of(Severity.ERROR, "test-rule", "", "refused"));

    ValidationReport report =
        codec.validate(new java.io.ByteArrayInputStream(utf8(badJson)), alwaysRefuses);

    assertThat(report.errors())
        .extracting(ValidationIssue::rule)
        .containsExactly("unknown-element");
  }

  @Test
  void answersGetTheSchemaChecksOnly() {
    RequestCheck alwaysRefuses =
        request -> List.of(ValidationIssue.of(Severity.ERROR, "test-rule", "", "refused"));

    ValidationReport report =
        codec.validate(
            new java.io.ByteArrayInputStream(bytes("/json/update-response-sample2.json")),
            alwaysRefuses);

    assertThat(report.kind()).isEqualTo(DocumentKind.RESPONSE);
    assertThat(report.issues()).isEmpty();
  }

  @Test
  void readRequestRefusesWhatValidateReportsAndCarriesJsonPlaces() {
    String badJson = json.replace("\"runFrequency\"", "\"runFrequncy\"");

    InvalidRequestException refused =
        thrown(InvalidRequestException.class, () -> codec.readRequest(utf8(badJson)));

    assertThat(refused.errors()).isEqualTo(codec.validate(utf8(badJson)).errors());
    assertThat(refused.getMessage()).contains(positionOf(badJson, "\"runFrequncy\"").line() + ":");
  }

  @Test
  void decodedRequestKnowsWhereEachElementIs() {
    DocumentLocations locations = codec.readRequest(utf8(json)).locations();

    assertThat(locations.find(CONNECTOR + "/authRecord/subscriptionId"))
        .isEqualTo(positionOf(json, "\"subscriptionId\""));
    assertThat(locations.find(CONNECTOR + "/defaultTags/set/TagSimple/id"))
        .isEqualTo(positionOf(json, "\"id\": 123488470"));
  }

  @Test
  void malformedJsonIsRefusedWithLineAndColumn() {
    String broken = "{\"ServiceRequest\": {\n  \"data\": }\n}";

    ValidationReport report = codec.validate(utf8(broken));

    assertThat(report.kind()).isEqualTo(DocumentKind.UNKNOWN);
    assertThat(report.errors())
        .extracting(ValidationIssue::rule, ValidationIssue::line, ValidationIssue::column)
        .containsExactly(tuple("json-not-well-formed", 2, 11));
  }

  @Test
  void contentAfterTheDocumentIsRefused() {
    ValidationReport report = codec.validate(utf8("{\"ServiceRequest\":{}}\n{}"));

    assertThat(report.errors())
        .extracting(ValidationIssue::rule, ValidationIssue::line)
        .containsExactly(tuple("json-not-well-formed", 2));
  }

  @Test
  void emptyAndNonUtf8DocumentsAreRefused() {
    byte[] latin1 =
        "{\"ServiceRequest\":{\"data\":{\"AzureAssetDataConnector\":{\"name\":\"Zürich\"}}}}"
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(codec.validate(new byte[0]).errors())
        .extracting(ValidationIssue::message)
        .containsExactly("the document is empty");
    assertThat(codec.validate(latin1).errors())
        .extracting(ValidationIssue::rule)
        .containsExactly("json-not-well-formed");
    assertThat(codec.validate(latin1).errors().get(0).message()).contains("not UTF-8");
  }

  @Test
  void nonAsciiTextIsReadExactlyAndColumnsCountCharacters() {
    String text =
        "{\"ServiceRequest\":{\"data\":{\"AzureAssetDataConnector\":"
            + "{\"name\":\"Prod-Zürich-東京-💾\",\"nmae\":1}}}}";

    ValidationReport report = codec.validate(utf8(text));
    ServiceRequest read = codec.readRequest(utf8(text.replace(",\"nmae\":1", ""))).value();

    assertThat(read.getData().getAzureAssetDataConnector().getName())
        .isEqualTo("Prod-Zürich-東京-💾");
    assertAt(report.errors().get(0), positionOf(text, "\"nmae\""));
  }

  @Test
  void documentLargerThanTheBoundIsRefused() {
    JsonCodec small = JsonCodec.builder().maxBytes(64).build();
    byte[] doc = utf8(json);

    ValidationReport report = small.validate(doc);

    assertThat(doc.length).isGreaterThan(64);
    assertThat(report.errors())
        .extracting(ValidationIssue::rule)
        .containsExactly("document-too-large");
    assertThat(JsonCodec.builder().maxBytes(doc.length).build().validate(doc).hasErrors())
        .isFalse();
  }

  @Test
  void deeplyNestedDocumentIsRefused() {
    String deep = "{\"ServiceRequest\":" + "[".repeat(100) + "]".repeat(100) + "}";

    ValidationReport report = codec.validate(utf8(deep));

    assertThat(report.errors())
        .extracting(ValidationIssue::rule, ValidationIssue::line)
        .containsExactly(tuple("json-not-well-formed", 1));
    assertThat(report.errors().get(0).message()).contains("nested deeper than 64 levels");
    assertThat(report.errors().get(0).column()).as("the 65th bracket").isEqualTo(18 + 65);
  }

  @Test
  void documentationRootWrapperIsRefusedWithAHint() {
    ValidationReport report = codec.validate(utf8("{\"root\":{\"ServiceRequest\":{}}}"));

    assertThat(report.kind()).isEqualTo(DocumentKind.UNKNOWN);
    assertThat(report.errors()).extracting(ValidationIssue::rule).containsExactly("unknown-root");
    assertThat(report.errors().get(0).message()).contains("'root'").contains("wrapper");
  }

  @Test
  void anAnswerIsNotReadAsARequest() {
    InvalidRequestException refused =
        thrown(
            InvalidRequestException.class,
            () -> codec.readRequest(bytes("/json/update-response-sample2.json")));

    assertThat(refused.errors())
        .extracting(ValidationIssue::rule, ValidationIssue::line, ValidationIssue::column)
        .containsExactly(tuple("unexpected-root", 2, 4));
  }

  @Test
  void secretIsNeverQuotedInAnyIssue() {
    String unquoted =
        json.replace("\"02LCb8/RCn0lbGj6xxxxxxxxnoH01rog=\"", "02LCb8RCn0lbGj6xxxxxxxxnoH01rog");
    String asObject =
        json.replace(
            "\"02LCb8/RCn0lbGj6xxxxxxxxnoH01rog=\"",
            "{\"k\": \"02LCb8RCn0lbGj6xxxxxxxxnoH01rog\"}");
    assertThat(unquoted).isNotEqualTo(json);

    List<ValidationIssue> issues =
        List.of(unquoted, asObject).stream()
            .flatMap(doc -> codec.validate(utf8(doc)).issues().stream())
            .toList();

    assertThat(issues).hasSize(2);
    assertThat(issues)
        .allSatisfy(
            issue ->
                assertThat(issue.toString())
                    .contains("authenticationKey")
                    .doesNotContain("02LCb8")
                    .doesNotContain("noH01rog"));
  }

  @Test
  void validatesAFile(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("request.json");
    Files.writeString(file, json.replace("\"runFrequency\"", "\"runFrequncy\""));

    ValidationReport report = codec.validate(file);

    assertThat(report.errors())
        .extracting(ValidationIssue::rule)
        .containsExactly("unknown-element");
  }

  @Test
  void oneCodecServesConcurrentReads() {
    byte[] sample2 = bytes("/json/update-request-sample2.json");
    byte[] expected = codec.write(codec.readRequest(sample2).value());

    List<byte[]> written =
        IntStream.range(0, 64)
            .parallel()
            .mapToObj(i -> codec.write(codec.readRequest(sample2).value()))
            .toList();

    assertThat(written).allSatisfy(bytes -> assertThat(bytes).isEqualTo(expected));
  }
}
