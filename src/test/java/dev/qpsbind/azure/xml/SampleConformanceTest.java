package dev.qpsbind.azure.xml;

import static dev.qpsbind.azure.Requests.activationSet;
import static dev.qpsbind.azure.Requests.appInfo;
import static dev.qpsbind.azure.Requests.appInfoGroup;
import static dev.qpsbind.azure.Requests.appInfosSet;
import static dev.qpsbind.azure.Requests.daysSet;
import static dev.qpsbind.azure.Requests.scanConfigSet;
import static dev.qpsbind.azure.Requests.tagsSet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.Requests;
import dev.qpsbind.azure.TestFiles;
import dev.qpsbind.azure.model.ActivationModule;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.AzureAuthRecordSimple;
import dev.qpsbind.azure.model.ConnectorScanConfiguration;
import dev.qpsbind.azure.model.ConnectorScanRecurrence;
import dev.qpsbind.azure.model.ConnectorScanSetting;
import dev.qpsbind.azure.model.Day;
import dev.qpsbind.azure.model.ResponseData;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xmlunit.assertj3.XmlAssert;

/**
 * The documented samples (corrected only for the errata noted in each file), built through the
 * generated types and written by the codec, are similar to the documentation: same elements and
 * values, whitespace, comments and child order aside (the schema leaves order free).
 */
class SampleConformanceTest {

  private final XmlCodec codec = XmlCodec.create();

  @Test
  void sample1RequestBuiltFromTypesMatchesTheDocumentation() {
    AzureAuthRecordSimple auth = new AzureAuthRecordSimple();
    auth.setApplicationId("xxxxxxxxx-694d-xxxx-ae0b-d2bd14d1a4d7");
    auth.setDirectoryId("xxxxxxxxx-65ab-xxxx-9e5b-1ea02d3d94eb");
    auth.setSubscriptionId("xxxxxxxxx-4f67-xxxx-917d-2246853844e1");
    auth.setAuthenticationKey("02LCb8/RCn0lbGj6xxxxxxxxnoH01rog=");
    AzureAssetDataConnector connector = new AzureAssetDataConnector();
    connector.setId(2004L);
    connector.setName("Azure Connector");
    connector.setDescription("Updated Description Via API New1");
    connector.setDefaultTags(tagsSet(123488470L));
    connector.setActivation(activationSet(ActivationModule.VM));
    connector.setAuthRecord(auth);
    connector.setDisabled(false);
    connector.setRunFrequency(300);
    connector.setRemediationEnabled(true);
    connector.setConnectorAppInfos(
        appInfosSet(
            appInfoGroup(appInfo("CSA", "xxxxxxxxx-4f67-xxxx-917d-2246853844e1", 123489465L))));

    byte[] xml = codec.marshal(Requests.withData(connector));

    assertSimilar(xml, "samples/update-request-sample1.xml");
  }

  @Test
  void sample3RequestBuiltFromTypesMatchesTheDocumentation() {
    AzureAssetDataConnector connector = new AzureAssetDataConnector();
    connector.setCpsEnabled(true);
    connector.setConnectorScanSetting(customScanSetting());
    connector.setConnectorScanConfig(scanConfigSet(scanConfig("update azure 01", "05/31/2022")));

    byte[] xml = codec.marshal(Requests.withData(connector));

    assertSimilar(xml, "samples/update-request-sample3.xml");
  }

  @Test
  void sample1AnswerBuiltFromTypesMatchesTheDocumentation() {
    AzureAssetDataConnector connector = new AzureAssetDataConnector();
    connector.setId(842602L);
    ServiceResponse response = answer(connector);

    byte[] xml = codec.marshal(response);

    assertSimilar(xml, "samples/update-response-sample1.xml");
  }

  @Test
  void sample3AnswerBuiltFromTypesMatchesTheDocumentation() {
    AzureAssetDataConnector connector = new AzureAssetDataConnector();
    connector.setCpsEnabled(true);
    connector.setConnectorScanSetting(customScanSetting());
    connector.setConnectorScanConfig(
        scanConfigSet(scanConfig("updated- AWS scan prefix", "31/05/2022")));
    ServiceResponse response = answer(connector);

    byte[] xml = codec.marshal(response);

    // The sample's root carries xsi:noNamespaceSchemaLocation; a hint, not content.
    XmlAssert.assertThat(xml)
        .and(TestFiles.bytes("samples/update-response-sample3.xml"))
        .ignoreWhitespace()
        .ignoreComments()
        .ignoreChildNodesOrder()
        .withAttributeFilter(
            attribute -> !"noNamespaceSchemaLocation".equals(attribute.getLocalName()))
        .areSimilar();
  }

  @Test
  void sample1AnswerReadsAsTypedObjects() {
    Decoded<ServiceResponse> decoded =
        codec.readResponse(TestFiles.bytes("samples/update-response-sample1.xml"));

    ServiceResponse response = decoded.value();
    assertThat(response.getResponseCode()).isEqualTo("SUCCESS");
    assertThat(response.getCount()).isEqualTo(1);
    assertThat(response.getData().getAzureAssetDataConnectors())
        .singleElement()
        .extracting(AzureAssetDataConnector::getId)
        .isEqualTo(842602L);
    assertThat(decoded.warnings()).isEmpty();
  }

  @Test
  void sample1RequestReadsEveryField() {
    ServiceRequest request =
        codec.readRequest(TestFiles.bytes("samples/update-request-sample1.xml")).value();

    AzureAssetDataConnector connector = request.getData().getAzureAssetDataConnector();
    assertThat(connector.getId()).isEqualTo(2004L);
    assertThat(connector.getName()).isEqualTo("Azure Connector");
    assertThat(connector.getDefaultTags().getSet().getTagSimples())
        .extracting("id")
        .containsExactly(123488470L);
    assertThat(connector.getActivation().getSet().getActivationModules())
        .containsExactly(ActivationModule.VM);
    assertThat(connector.getAuthRecord().getSubscriptionId())
        .isEqualTo("xxxxxxxxx-4f67-xxxx-917d-2246853844e1");
    assertThat(connector.isDisabled()).isFalse();
    assertThat(connector.getRunFrequency()).isEqualTo(300);
    assertThat(connector.isRemediationEnabled()).isTrue();
    assertThat(
            connector
                .getConnectorAppInfos()
                .getSet()
                .getConnectorAppInfoQLists()
                .get(0)
                .getSet()
                .getConnectorAppInfos())
        .singleElement()
        .satisfies(
            info -> {
              assertThat(info.getName()).isEqualTo("CSA");
              assertThat(info.getTagId()).isEqualTo(123489465L);
            });
  }

  static java.util.List<Path> samples() {
    return TestFiles.list("samples", ".xml");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySampleSurvivesARoundTrip(Path sample) throws Exception {
    byte[] original = java.nio.file.Files.readAllBytes(sample);

    byte[] again =
        sample.getFileName().toString().contains("request")
            ? codec.marshal(codec.readRequest(original).value())
            : codec.marshal(codec.readResponse(original).value());

    XmlAssert.assertThat(again)
        .and(original)
        .ignoreWhitespace()
        .ignoreComments()
        .ignoreChildNodesOrder()
        .withAttributeFilter(
            attribute -> !"noNamespaceSchemaLocation".equals(attribute.getLocalName()))
        .areSimilar();
  }

  private static ConnectorScanSetting customScanSetting() {
    ConnectorScanSetting setting = new ConnectorScanSetting();
    setting.setCustomScanConfigEnabled(true);
    return setting;
  }

  private static ConnectorScanConfiguration scanConfig(String prefix, String startDate) {
    ConnectorScanConfiguration config = new ConnectorScanConfiguration();
    config.setDaysOfWeek(daysSet(Day.SUN, Day.MON, Day.TUE));
    config.setOptionProfileId(2L);
    config.setRecurrence(ConnectorScanRecurrence.WEEKLY);
    config.setScanPrefix(prefix);
    config.setStartDate(startDate);
    config.setStartTime("15:45");
    config.setTimezone("Africa/Cairo");
    return config;
  }

  private static ServiceResponse answer(AzureAssetDataConnector connector) {
    ResponseData data = new ResponseData();
    data.getAzureAssetDataConnectors().add(connector);
    ServiceResponse response = new ServiceResponse();
    response.setResponseCode("SUCCESS");
    response.setCount(1);
    response.setData(data);
    return response;
  }

  private static void assertSimilar(byte[] actual, String sample) {
    XmlAssert.assertThat(actual)
        .and(TestFiles.bytes(sample))
        .ignoreWhitespace()
        .ignoreComments()
        .ignoreChildNodesOrder()
        .areSimilar();
  }
}
