package dev.qpsbind.azure.xml;

import static dev.qpsbind.azure.Requests.activationSet;
import static dev.qpsbind.azure.Requests.appInfo;
import static dev.qpsbind.azure.Requests.appInfoGroup;
import static dev.qpsbind.azure.Requests.appInfosSet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.Requests;
import dev.qpsbind.azure.model.ActivationModule;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.ConnectorScanSetting;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.model.TagSimple;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.xmlunit.assertj3.XmlAssert;

/** The public names and types of the generated model, and the collection shapes on the wire. */
class GeneratedModelTest {

  private final XmlCodec codec = XmlCodec.create();

  @Test
  void booleanAccessorsReadWithoutADoubledPrefix() throws Exception {
    Class<AzureAssetDataConnector> type = AzureAssetDataConnector.class;

    assertThat(type.getMethod("isDisabled").getReturnType()).isEqualTo(Boolean.class);
    assertThat(type.getMethod("isGovCloudConfigured").getReturnType()).isEqualTo(Boolean.class);
    assertThat(type.getMethod("isRemediationEnabled").getReturnType()).isEqualTo(Boolean.class);
    assertThat(type.getMethod("isCpsEnabled").getReturnType()).isEqualTo(Boolean.class);
    assertThat(type.getMethod("setCpsEnabled", Boolean.class)).isNotNull();
    assertThat(ConnectorScanSetting.class.getMethod("isCustomScanConfigEnabled")).isNotNull();
    assertThat(methodNames(type)).noneMatch(name -> name.startsWith("isIs"));
  }

  @Test
  void idsAreLongsAndTimesAreJavaTime() throws Exception {
    assertThat(AzureAssetDataConnector.class.getMethod("getId").getReturnType())
        .isEqualTo(Long.class);
    assertThat(TagSimple.class.getMethod("getId").getReturnType()).isEqualTo(Long.class);
    assertThat(AzureAssetDataConnector.class.getMethod("getLastSync").getReturnType())
        .isEqualTo(OffsetDateTime.class);
  }

  @Test
  void noGeneratedClassShadowsJavaUtil() {
    assertThat(List.of("Set", "List"))
        .allSatisfy(
            name -> assertThat(classExists("dev.qpsbind.azure.model." + name)).as(name).isFalse());
  }

  @Test
  void collectionsAreWrappersNamedAfterTheirItems() {
    AzureAssetDataConnector connector = new AzureAssetDataConnector();
    connector.setName("dev-azure");
    connector.setActivation(activationSet(ActivationModule.VM, ActivationModule.PC));
    connector.setConnectorAppInfos(
        appInfosSet(appInfoGroup(appInfo("AI", "00000000-0000-4000-8000-000000000003", 4242L))));

    byte[] xml = codec.marshal(Requests.withData(connector));

    String expected =
        "<ServiceRequest><data><AzureAssetDataConnector>"
            + "<name>dev-azure</name>"
            + "<activation><set><ActivationModule>VM</ActivationModule>"
            + "<ActivationModule>PC</ActivationModule></set></activation>"
            + "<connectorAppInfos><set><ConnectorAppInfoQList><set><ConnectorAppInfo>"
            + "<name>AI</name><identifier>00000000-0000-4000-8000-000000000003</identifier>"
            + "<tagId>4242</tagId></ConnectorAppInfo></set></ConnectorAppInfoQList></set>"
            + "</connectorAppInfos></AzureAssetDataConnector></data></ServiceRequest>";
    XmlAssert.assertThat(xml).and(expected).ignoreWhitespace().areIdentical();
  }

  @Test
  void markupInTextAndAttributesIsEscapedAndReadsBackUnchanged() {
    String awkward = "a&b <c> \"d\" 'e'\tf";
    dev.qpsbind.azure.model.ServiceRequest request =
        Requests.withFilters(
            Requests.criteria(awkward, dev.qpsbind.azure.model.CriteriaOperator.EQUALS, awkward));

    byte[] xml = codec.marshal(request);
    var criteria = codec.readRequest(xml).value().getFilters().getCriteria().get(0);

    assertThat(criteria.getField()).isEqualTo(awkward);
    assertThat(criteria.getValue()).isEqualTo(awkward);
  }

  @Test
  void theListFormOfAnAnswerReadsBack() {
    String xml =
        "<ServiceResponse><responseCode>SUCCESS</responseCode><count>1</count><data>"
            + "<AzureAssetDataConnector><id>77</id>"
            + "<lastSync>2024-01-02T03:04:05Z</lastSync>"
            + "<activation><list><ActivationModule>VM</ActivationModule>"
            + "<ActivationModule>PC</ActivationModule></list></activation>"
            + "<connectorAppInfos><list><ConnectorAppInfoQList><list><ConnectorAppInfo>"
            + "<name>AI</name><identifier>00000000-0000-4000-8000-000000000003</identifier>"
            + "<tagId>4242</tagId></ConnectorAppInfo></list></ConnectorAppInfoQList></list>"
            + "</connectorAppInfos></AzureAssetDataConnector></data></ServiceResponse>";

    ServiceResponse response = codec.readResponse(xml.getBytes(StandardCharsets.UTF_8)).value();

    AzureAssetDataConnector connector = response.getData().getAzureAssetDataConnectors().get(0);
    assertThat(connector.getActivation().getList().getActivationModules())
        .containsExactly(ActivationModule.VM, ActivationModule.PC);
    assertThat(connector.getLastSync())
        .isEqualTo(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));
    var info =
        connector
            .getConnectorAppInfos()
            .getList()
            .getConnectorAppInfoQLists()
            .get(0)
            .getList()
            .getConnectorAppInfos()
            .get(0);
    assertThat(info.getName()).isEqualTo("AI");
    assertThat(info.getIdentifier()).isEqualTo("00000000-0000-4000-8000-000000000003");
    assertThat(info.getTagId()).isEqualTo(4242L);
  }

  @Test
  void oneCodecServesManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> names = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String name = "connector-" + i;
        names.add(
            pool.submit(
                () -> {
                  AzureAssetDataConnector connector = new AzureAssetDataConnector();
                  connector.setName(name);
                  byte[] xml = codec.marshal(Requests.withData(connector));
                  return codec
                      .readRequest(xml)
                      .value()
                      .getData()
                      .getAzureAssetDataConnector()
                      .getName();
                }));
      }
      for (int i = 0; i < names.size(); i++) {
        assertThat(names.get(i).get()).isEqualTo("connector-" + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> methodNames(Class<?> type) {
    return java.util.Arrays.stream(type.getMethods()).map(Method::getName).toList();
  }

  private static boolean classExists(String name) {
    try {
      Class.forName(name);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
