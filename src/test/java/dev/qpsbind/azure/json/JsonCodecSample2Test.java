package dev.qpsbind.azure.json;

import static dev.qpsbind.azure.json.Documents.bytes;
import static dev.qpsbind.azure.json.Documents.positionOf;
import static dev.qpsbind.azure.json.Documents.text;
import static dev.qpsbind.azure.json.Documents.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qpsbind.azure.error.InvalidRequestException;
import dev.qpsbind.azure.model.ActivationModule;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.AzureAuthRecordSimple;
import dev.qpsbind.azure.model.ConnectorAppInfo;
import dev.qpsbind.azure.model.ConnectorAppInfoQList;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.model.TagSimple;
import dev.qpsbind.azure.validation.DocumentLocations;
import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.xml.Decoded;
import dev.qpsbind.azure.xml.XmlCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * Seed sample 2, the documented JSON update (see {@code json/update-request-sample2.md}): its
 * request repeats the key {@code ConnectorAppInfoQList} three times in one object.
 */
class JsonCodecSample2Test {

  private static final String SAMPLE = "/json/update-request-sample2.json";
  private static final String CORRECTED = "/json/update-request-sample2-corrected.json";
  private static final String PASTED = "/json/update-request-sample2-as-pasted.json";
  private static final String RESPONSE = "/json/update-response-sample2.json";
  private static final String IDENTIFIER = "9de9e0a7-xxxx-xxxx-xxxx-2246853844e1";

  private final JsonCodec codec = JsonCodec.create();

  @Test
  void sample2ReadsEveryDocumentedField() {
    Decoded<ServiceRequest> decoded = codec.readRequest(bytes(SAMPLE));

    AzureAssetDataConnector connector = decoded.value().getData().getAzureAssetDataConnector();
    assertThat(connector.getId()).isEqualTo(2004L);
    assertThat(connector.getName()).isEqualTo("Azure Connector");
    assertThat(connector.getDescription()).isEqualTo("Updated Description Via API New1");
    assertThat(connector.getDefaultTags().getSet().getTagSimples())
        .extracting(TagSimple::getId, TagSimple::getName)
        .containsExactly(tuple(135718404L, null), tuple(135718404L, null));
    assertThat(connector.getActivation().getSet().getActivationModules())
        .containsExactly(ActivationModule.VM);
    AzureAuthRecordSimple auth = connector.getAuthRecord();
    assertThat(auth.getApplicationId()).isEqualTo("f076c321-xxxx-xxxx-xxxx-xxxd14d1a4d7");
    assertThat(auth.getDirectoryId()).isEqualTo("ff4e2413-xxxx-xxxx-xxxx-1xxxxd3d94eb");
    assertThat(auth.getSubscriptionId()).isEqualTo("9de9e0a7-xxxx-xxxx-xxxx-xxxx6853844e1");
    assertThat(auth.getAuthenticationKey()).isEqualTo("02LCb8YG2z85aSmCxnoH01rog=");
    assertThat(auth.getId()).isNull();
    assertThat(connector.isDisabled()).isFalse();
    assertThat(connector.getRunFrequency()).isEqualTo(300);
    assertThat(connector.isRemediationEnabled()).isTrue();
    assertThat(connector.isCpsEnabled()).isNull();
  }

  @Test
  void sample2KeepsAllThreeAppInfosInDocumentOrder() {
    ServiceRequest request = codec.readRequest(bytes(SAMPLE)).value();

    List<ConnectorAppInfoQList> lists =
        request
            .getData()
            .getAzureAssetDataConnector()
            .getConnectorAppInfos()
            .getSet()
            .getConnectorAppInfoQLists();
    assertThat(lists).hasSize(3);
    assertThat(lists)
        .allSatisfy(list -> assertThat(list.getSet().getConnectorAppInfos()).hasSize(1));
    List<ConnectorAppInfo> infos =
        lists.stream().map(list -> list.getSet().getConnectorAppInfos().get(0)).toList();
    assertThat(infos).extracting(ConnectorAppInfo::getName).containsExactly("AI", "CI", "CSA");
    assertThat(infos).extracting(ConnectorAppInfo::getIdentifier).containsOnly(IDENTIFIER);
    assertThat(infos)
        .extracting(ConnectorAppInfo::getTagId)
        .containsExactly(135718404L, 135718404L, 123489465L);
  }

  @Test
  void sample2RepeatedKeyIsAWarningNamingTheKeyAndWhereItIs() {
    String text = text(SAMPLE);

    Decoded<ServiceRequest> decoded = codec.readRequest(bytes(SAMPLE));

    assertThat(decoded.warnings()).hasSize(1);
    ValidationIssue warning = decoded.warnings().get(0);
    assertThat(warning.isError()).isFalse();
    assertThat(warning.rule()).isEqualTo("duplicate-key");
    assertThat(warning.message())
        .contains("'ConnectorAppInfoQList'")
        .contains("3 times")
        .contains("'/ServiceRequest/data/AzureAssetDataConnector/connectorAppInfos/set'");
    assertThat(warning.path())
        .isEqualTo(
            "/ServiceRequest/data/AzureAssetDataConnector/connectorAppInfos/set"
                + "/ConnectorAppInfoQList[2]");
    DocumentLocations.Location second = positionOf(text, "\"ConnectorAppInfoQList\"", 2);
    assertThat(warning.line()).isEqualTo(second.line());
    assertThat(warning.column()).isEqualTo(second.column());
  }

  @Test
  void sample2LocationsPointAtEachRepetition() {
    String text = text(SAMPLE);

    DocumentLocations locations = codec.readRequest(bytes(SAMPLE)).locations();

    String set = "/ServiceRequest/data/AzureAssetDataConnector/connectorAppInfos/set";
    assertThat(locations.find(set + "/ConnectorAppInfoQList"))
        .isEqualTo(positionOf(text, "\"ConnectorAppInfoQList\"", 1));
    assertThat(locations.find(set + "/ConnectorAppInfoQList[3]"))
        .isEqualTo(positionOf(text, "\"ConnectorAppInfoQList\"", 3));
    assertThat(locations.find(set + "/ConnectorAppInfoQList[3]/set/ConnectorAppInfo/name"))
        .isEqualTo(positionOf(text, "\"name\":\"CSA\""));
  }

  @Test
  void sample2WrittenBackEqualsTheCorrectedSample() throws Exception {
    ServiceRequest request = codec.readRequest(bytes(SAMPLE)).value();

    String written = new String(codec.write(request), StandardCharsets.UTF_8);

    JSONAssert.assertEquals(text(CORRECTED), written, JSONCompareMode.NON_EXTENSIBLE);
    List<String> names =
        codec
            .readRequest(written.getBytes(StandardCharsets.UTF_8))
            .value()
            .getData()
            .getAzureAssetDataConnector()
            .getConnectorAppInfos()
            .getSet()
            .getConnectorAppInfoQLists()
            .stream()
            .map(list -> list.getSet().getConnectorAppInfos().get(0).getName())
            .toList();
    assertThat(names).containsExactly("AI", "CI", "CSA");
  }

  @Test
  void writtenSample2NeverRepeatsAKey() throws Exception {
    byte[] written = codec.write(codec.readRequest(bytes(SAMPLE)).value());

    ObjectMapper strict = new ObjectMapper();
    strict.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    assertThat(strict.readTree(written).path("ServiceRequest").path("data").isObject()).isTrue();
    assertThatThrownBy(() -> strict.readTree(bytes(SAMPLE)))
        .hasMessageContaining("ConnectorAppInfoQList");
  }

  @Test
  void correctedSample2ReadsCleanAndEqualsTheSample() {
    Decoded<ServiceRequest> corrected = codec.readRequest(bytes(CORRECTED));

    assertThat(corrected.warnings()).isEmpty();
    assertThat(codec.write(corrected.value()))
        .isEqualTo(codec.write(codec.readRequest(bytes(SAMPLE)).value()));
  }

  @Test
  void sample2AsPastedFromThePageIsRefusedAtTheNoBreakSpace() {
    InvalidRequestException refused =
        thrown(InvalidRequestException.class, () -> codec.readRequest(bytes(PASTED)));

    assertThat(refused.errors()).hasSize(1);
    ValidationIssue error = refused.errors().get(0);
    assertThat(error.rule()).isEqualTo("json-not-well-formed");
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.column()).isEqualTo(1);
    assertThat(error.message()).contains("no-break space (U+00A0)");
  }

  @Test
  void sample2PassesValidationAsItsXmlTwinDoes() {
    ServiceRequest request = codec.readRequest(bytes(SAMPLE)).value();
    byte[] xml = XmlCodec.create().marshal(request);

    assertThat(codec.validate(bytes(SAMPLE)).hasErrors()).isFalse();
    assertThat(XmlCodec.create().validate(xml).hasErrors()).isFalse();
  }

  @Test
  void sample2ResponseReadsIdCountAndCode() {
    Decoded<ServiceResponse> decoded = codec.readResponse(bytes(RESPONSE));

    ServiceResponse response = decoded.value();
    assertThat(response.getResponseCode()).isEqualTo("SUCCESS");
    assertThat(response.getCount()).isEqualTo(1);
    assertThat(response.getData().getAzureAssetDataConnectors())
        .extracting(AzureAssetDataConnector::getId)
        .containsExactly(842602L);
    assertThat(decoded.warnings()).isEmpty();
  }
}
