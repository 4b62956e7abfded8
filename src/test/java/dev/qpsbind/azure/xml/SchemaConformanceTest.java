package dev.qpsbind.azure.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qpsbind.azure.TestFiles;
import dev.qpsbind.azure.error.InvalidRequestException;
import dev.qpsbind.azure.error.InvalidResponseException;
import dev.qpsbind.azure.model.AssetDataConnectorState;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.validation.DocumentKind;
import dev.qpsbind.azure.validation.Severity;
import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every valid document passes; every invalid one fails with the rule it breaks, at its place. */
class SchemaConformanceTest {

  private final XmlCodec codec = XmlCodec.create();

  static List<Path> validDocuments() {
    return concat(TestFiles.list("samples", ".xml"), TestFiles.list("answers", ".xml"));
  }

  @ParameterizedTest
  @MethodSource("validDocuments")
  void validDocumentsHaveNoErrors(Path document) {
    ValidationReport report = codec.validate(document);

    assertThat(report.errors()).isEmpty();
    assertThat(report.kind()).isNotEqualTo(DocumentKind.UNKNOWN);
  }

  /** In the table below, {@code @} stands for the connector of a request. */
  private static final String CONNECTOR = "/ServiceRequest/data/AzureAssetDataConnector";

  @ParameterizedTest(name = "{0} breaks {1} at line {2}")
  @CsvSource({
    "activation-unknown-module.xml, cvc-enumeration-valid, 7, @/activation/set/ActivationModule",
    "disabled-yes.xml, cvc-datatype-valid.1.2.1, 7, @/disabled",
    "run-frequency-not-a-number.xml, cvc-datatype-valid.1.2.1, 7, @/runFrequency",
    "day-sunday.xml, cvc-enumeration-valid, 9,"
        + " @/connectorScanConfig/set/ConnectorScanConfiguration/daysOfWeek/set/Day",
    "tag-id-not-a-number.xml, cvc-datatype-valid.1.2.1, 7, @/defaultTags/set/TagSimple/id",
    "name-twice.xml, duplicate-element, 7, @/name[2]",
    "misspelled-element.xml, unknown-element, 7, @/runFrequncy",
    "set-holding-text.xml, cvc-complex-type.2.3, 7, @/activation/set",
    "namespaced.xml, unknown-root, 3, /ServiceRequest",
    "root-wrapper.xml, unknown-root, 3, /root",
    "criteria-without-field.xml, cvc-complex-type.4, 5, /ServiceRequest/filters/Criteria",
    "doctype.xml, doctype-not-allowed, 2, ''",
    "external-entity.xml, doctype-not-allowed, 2, ''",
    "malformed.xml, xml-not-well-formed, 5, @/name",
    "response-disabled-yes.xml, cvc-datatype-valid.1.2.1, 9,"
        + " /ServiceResponse/data/AzureAssetDataConnector/disabled"
  })
  void invalidDocumentsFailWithTheRuleTheyBreak(String file, String rule, int line, String at) {
    String path = at.replace("@", CONNECTOR);
    ValidationReport report = codec.validate(TestFiles.path("invalid/" + file));

    assertThat(report.errors())
        .as("errors of %s", file)
        .first()
        .satisfies(
            issue -> {
              assertThat(issue.rule()).isEqualTo(rule);
              assertThat(issue.line()).isEqualTo(line);
              assertThat(issue.column()).isPositive();
              assertThat(issue.path()).isEqualTo(path);
              assertThat(issue.message()).isNotBlank();
            });
  }

  @Test
  void readingAnInvalidRequestThrowsWithEveryIssue() {
    byte[] xml = TestFiles.bytes("invalid/misspelled-element.xml");

    assertThatThrownBy(() -> codec.readRequest(xml))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("runFrequncy")
        .hasMessageContaining("did you mean 'runFrequency'?")
        .satisfies(
            e ->
                assertThat(((InvalidRequestException) e).errors())
                    .extracting(ValidationIssue::line)
                    .containsExactly(7));
  }

  @Test
  void anAnswerWithABadValueOfAKnownElementIsAnError() {
    byte[] xml = TestFiles.bytes("invalid/response-disabled-yes.xml");

    assertThatThrownBy(() -> codec.readResponse(xml))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("9:")
        .hasMessageContaining("YES");
  }

  @Test
  void unknownElementsAndValuesInAnAnswerAreWarningsAndNothingKnownIsLost() {
    Decoded<ServiceResponse> decoded =
        codec.readResponse(TestFiles.bytes("answers/unknown-fields.xml"));

    AzureAssetDataConnector connector =
        decoded.value().getData().getAzureAssetDataConnectors().get(0);
    assertThat(connector.getId()).isEqualTo(77L);
    assertThat(connector.getName()).isEqualTo("dev-azure");
    assertThat(connector.getDefaultTags().getList().getTagSimples())
        .singleElement()
        .satisfies(
            tag -> {
              assertThat(tag.getId()).isEqualTo(4242L);
              assertThat(tag.getName()).isEqualTo("cloud");
            });
    assertThat(connector.isDisabled()).isFalse();
    assertThat(decoded.warnings())
        .extracting(ValidationIssue::severity)
        .containsOnly(Severity.WARNING);
    assertThat(decoded.warnings())
        .extracting(ValidationIssue::rule, ValidationIssue::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "unknown-element",
                "/ServiceResponse/data/AzureAssetDataConnector/defaultTags/list/TagSimple/tagUuid"),
            org.assertj.core.groups.Tuple.tuple(
                "unknown-element", "/ServiceResponse/data/AzureAssetDataConnector/futureFlag"),
            org.assertj.core.groups.Tuple.tuple(
                "unknown-enum-value",
                "/ServiceResponse/data/AzureAssetDataConnector/connectorState"));
    assertThat(decoded.warnings().get(2).message()).contains("ARCHIVED");
  }

  @Test
  void anUnknownValueInAnEnumListLeavesNoHole() {
    String xml =
        "<ServiceResponse><responseCode>SUCCESS</responseCode><data><AzureAssetDataConnector>"
            + "<activation><list><ActivationModule>VM</ActivationModule>"
            + "<ActivationModule>QUANTUM</ActivationModule></list></activation>"
            + "</AzureAssetDataConnector></data></ServiceResponse>";

    Decoded<ServiceResponse> decoded =
        codec.readResponse(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(
            decoded
                .value()
                .getData()
                .getAzureAssetDataConnectors()
                .get(0)
                .getActivation()
                .getList()
                .getActivationModules())
        .containsExactly(dev.qpsbind.azure.model.ActivationModule.VM);
    assertThat(decoded.warnings())
        .singleElement()
        .satisfies(
            warning -> {
              assertThat(warning.rule()).isEqualTo("unknown-enum-value");
              assertThat(warning.message()).contains("QUANTUM");
            });
  }

  @Test
  void theSameUnknownElementInARequestIsAnError() {
    String xml =
        "<ServiceRequest><data><AzureAssetDataConnector><name>x</name>"
            + "<futureFlag>true</futureFlag></AzureAssetDataConnector></data></ServiceRequest>";

    ValidationReport report = codec.validate(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(report.errors())
        .singleElement()
        .satisfies(issue -> assertThat(issue.rule()).isEqualTo("unknown-element"));
  }

  @Test
  void anEmptyAnswerReadsAsNoRecords() {
    ServiceResponse response =
        codec.readResponse(TestFiles.bytes("answers/empty-search.xml")).value();

    assertThat(response.getResponseCode()).isEqualTo("SUCCESS");
    assertThat(response.getCount()).isZero();
    assertThat(response.isHasMoreRecords()).isFalse();
    assertThat(response.getData()).isNull();
  }

  @Test
  void aCountThatDisagreesWithTheRecordsIsAWarning() {
    String xml =
        "<ServiceResponse><responseCode>SUCCESS</responseCode><count>2</count><data>"
            + "<AzureAssetDataConnector><id>1</id></AzureAssetDataConnector></data>"
            + "</ServiceResponse>";

    Decoded<ServiceResponse> decoded =
        codec.readResponse(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(decoded.warnings())
        .singleElement()
        .satisfies(warning -> assertThat(warning.rule()).isEqualTo("count-mismatch"));
  }

  @Test
  void aRequestIsNotAcceptedWhereAnAnswerIsDue() {
    byte[] xml = TestFiles.bytes("samples/update-request-sample1.xml");

    assertThatThrownBy(() -> codec.readResponse(xml))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("expected a ServiceResponse");
  }

  @Test
  void anEmptyRequestObjectIsValidSinceEveryElementIsOptional() {
    byte[] xml = codec.marshal(new ServiceRequest());

    assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8))
        .containsPattern("<ServiceRequest(/>|></ServiceRequest>)");
    assertThat(codec.readRequest(xml).value().getData()).isNull();
  }

  @Test
  void aMarshalledRequestCarriesNoNamespace() {
    AzureAssetDataConnector connector = new AzureAssetDataConnector();
    connector.setName("dev-azure");
    connector.setConnectorState(AssetDataConnectorState.PENDING);

    String xml =
        new String(
            codec.marshal(dev.qpsbind.azure.Requests.withData(connector)),
            java.nio.charset.StandardCharsets.UTF_8);

    assertThat(xml)
        .doesNotContain("xmlns")
        .doesNotContain("ns2:")
        .contains("<name>dev-azure</name>");
  }

  @Test
  void aRequestThatBreaksTheSchemaIsRefusedWithItsLineInTheProducedXml() {
    AzureAssetDataConnector connector = new AzureAssetDataConnector();
    connector.setName("bad\u0001name");

    assertThatThrownBy(() -> codec.marshal(dev.qpsbind.azure.Requests.withData(connector)))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(
            e ->
                assertThat(((InvalidRequestException) e).errors())
                    .first()
                    .satisfies(
                        issue -> {
                          assertThat(issue.line()).isEqualTo(5);
                          assertThat(issue.path()).endsWith("/AzureAssetDataConnector/name");
                          assertThat(issue.message()).contains("invalid XML character");
                        }));
  }

  private static List<Path> concat(List<Path> a, List<Path> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
