package dev.qpsbind.azure.json;

import static dev.qpsbind.azure.json.Documents.positionOf;
import static dev.qpsbind.azure.json.Documents.text;
import static dev.qpsbind.azure.json.Documents.thrown;
import static dev.qpsbind.azure.json.Documents.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.qpsbind.azure.error.InvalidResponseException;
import dev.qpsbind.azure.model.ActivationModule;
import dev.qpsbind.azure.model.AssetDataConnectorState;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.model.TagSimple;
import dev.qpsbind.azure.validation.DocumentLocations;
import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.xml.Decoded;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading answers the way Qualys writes them, tolerantly, but never by guessing. */
class JsonCodecAnswerTest {

  /** Field case C01's input, verbatim: booleans and a number as strings. */
  private static final String C01 = text("/json/answer-c01-string-scalars.json");

  private final JsonCodec codec = JsonCodec.create();

  private AzureAssetDataConnector onlyConnector(String json) {
    List<AzureAssetDataConnector> connectors =
        codec.readResponse(utf8(json)).value().getData().getAzureAssetDataConnectors();
    assertThat(connectors).hasSize(1);
    return connectors.get(0);
  }

  @Test
  void stringBooleansAndNumbersOfFieldCaseC01ReadAsXmlSchemaReadsThem() {
    Decoded<ServiceResponse> decoded = codec.readResponse(utf8(C01));

    ServiceResponse response = decoded.value();
    assertThat(response.getResponseCode()).isEqualTo("SUCCESS");
    assertThat(response.getCount()).isEqualTo(1);
    assertThat(response.isHasMoreRecords()).isFalse();
    AzureAssetDataConnector connector = response.getData().getAzureAssetDataConnectors().get(0);
    assertThat(connector.getId()).isEqualTo(77L);
    assertThat(connector.getName()).isEqualTo("dev-azure");
    assertThat(connector.getConnectorState()).isEqualTo(AssetDataConnectorState.FINISHED_SUCCESS);
    assertThat(connector.isDisabled()).isFalse();
    assertThat(connector.isGovCloudConfigured()).isTrue();
    assertThat(connector.isRemediationEnabled()).isFalse();
    assertThat(connector.getRunFrequency()).isEqualTo(240);
    assertThat(connector.getAuthRecord().getApplicationId())
        .isEqualTo("00000000-0000-4000-8000-000000000001");
    assertThat(connector.getAuthRecord().getDirectoryId())
        .isEqualTo("00000000-0000-4000-8000-000000000002");
    assertThat(connector.getAuthRecord().getSubscriptionId())
        .isEqualTo("00000000-0000-4000-8000-000000000003");
    assertThat(decoded.warnings()).isEmpty();
  }

  @ParameterizedTest(name = "disabled {0} reads {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"0\"      | false",
        "\"1\"      | true",
        "\" true \" | true",
        "\"false\"  | false",
        "0          | false",
        "1          | true",
        "true       | true"
      })
  void xmlSchemaBooleanFormsAreRead(String written, boolean expected) {
    String json = C01.replace("\"disabled\":\"false\"", "\"disabled\":" + written);

    assertThat(onlyConnector(json).isDisabled()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "disabled \"{0}\" is refused")
  @ValueSource(strings = {"yes", "", "no", "TRUE", "2", "null"})
  void otherBooleanStringsAreRefusedNamingTheField(String written) {
    String json = C01.replace("\"disabled\":\"false\"", "\"disabled\":\"" + written + "\"");

    InvalidResponseException refused =
        thrown(InvalidResponseException.class, () -> codec.readResponse(utf8(json)));

    assertThat(refused.errors()).hasSize(1);
    ValidationIssue error = refused.errors().get(0);
    assertThat(error.rule()).isEqualTo("invalid-value");
    assertThat(error.path()).isEqualTo("/ServiceResponse/data/AzureAssetDataConnector/disabled");
    assertThat(error.message())
        .contains("'disabled' takes a boolean")
        .contains("'" + written + "'");
    DocumentLocations.Location key = positionOf(json, "\"disabled\"");
    assertThat(error.line()).isEqualTo(key.line());
    assertThat(error.column()).isEqualTo(key.column());
  }

  @ParameterizedTest(name = "runFrequency {0} is refused")
  @ValueSource(strings = {"\"2.5\"", "2.5", "\"\"", "\"240 minutes\"", "99999999999"})
  void numbersThatAreNotWholeOrOutOfRangeAreRefusedNamingTheField(String written) {
    String json = C01.replace("\"runFrequency\":\"240\"", "\"runFrequency\":" + written);

    InvalidResponseException refused =
        thrown(InvalidResponseException.class, () -> codec.readResponse(utf8(json)));

    assertThat(refused.errors())
        .extracting(ValidationIssue::path, ValidationIssue::rule)
        .containsExactly(
            tuple("/ServiceResponse/data/AzureAssetDataConnector/runFrequency", "invalid-value"));
    assertThat(refused.errors().get(0).message()).contains("'runFrequency' takes a whole number");
  }

  @Test
  void bareObjectDataReadsAsOneRecord() {
    String json =
        """
        {"ServiceResponse":{"responseCode":"SUCCESS","count":1,
          "data":{"AzureAssetDataConnector":{"id":842602}}}}
        """;

    Decoded<ServiceResponse> decoded = codec.readResponse(utf8(json));

    assertThat(decoded.value().getData().getAzureAssetDataConnectors())
        .extracting(AzureAssetDataConnector::getId)
        .containsExactly(842602L);
    assertThat(decoded.warnings()).isEmpty();
  }

  @Test
  void dataAsArrayOfSingleKeyObjectsReadsEveryRecordInOrder() {
    String json =
        """
        {"ServiceResponse":{"responseCode":"SUCCESS","count":3,"data":[
          {"AzureAssetDataConnector":{"id":1}},
          {"AzureAssetDataConnector":{"id":2}},
          {"AzureAssetDataConnector":{"id":3}}]}}
        """;

    Decoded<ServiceResponse> decoded = codec.readResponse(utf8(json));

    assertThat(decoded.value().getData().getAzureAssetDataConnectors())
        .extracting(AzureAssetDataConnector::getId)
        .containsExactly(1L, 2L, 3L);
    assertThat(decoded.locations().find("/ServiceResponse/data/AzureAssetDataConnector[3]"))
        .isEqualTo(positionOf(json, "\"AzureAssetDataConnector\"", 3));
  }

  @Test
  void oneValueWrappedInAnArrayReadsAsThatValue() {
    String json =
        """
        {"ServiceResponse":{"responseCode":["SUCCESS"],"count":[1],"data":[
          {"AzureAssetDataConnector":{"id":[77],"authRecord":[{"applicationId":"app"}]}}]}}
        """;

    ServiceResponse response = codec.readResponse(utf8(json)).value();

    assertThat(response.getResponseCode()).isEqualTo("SUCCESS");
    assertThat(response.getCount()).isEqualTo(1);
    AzureAssetDataConnector connector = response.getData().getAzureAssetDataConnectors().get(0);
    assertThat(connector.getId()).isEqualTo(77L);
    assertThat(connector.getAuthRecord().getApplicationId()).isEqualTo("app");
  }

  @Test
  void severalValuesWhereOneIsUsualAreRefused() {
    String json =
        """
        {"ServiceResponse":{"responseCode":"SUCCESS","count":1,"data":[
          {"AzureAssetDataConnector":{"id":[77,78]}}]}}
        """;

    InvalidResponseException refused =
        thrown(InvalidResponseException.class, () -> codec.readResponse(utf8(json)));

    assertThat(refused.errors())
        .extracting(ValidationIssue::path, ValidationIssue::rule)
        .containsExactly(tuple("/ServiceResponse/data/AzureAssetDataConnector/id", "json-type"));
    assertThat(refused.errors().get(0).message()).contains("found an array of 2");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "[{\"TagSimple\":{\"id\":1,\"name\":\"a\"}},{\"TagSimple\":{\"id\":2,\"name\":\"b\"}}]",
        "{\"TagSimple\":[{\"id\":1,\"name\":\"a\"},{\"id\":2,\"name\":\"b\"}]}",
        "[{\"id\":1,\"name\":\"a\"},{\"id\":\"2\",\"name\":\"b\"}]",
        "[{\"TagSimple\":[{\"id\":1,\"name\":\"a\"}]},{\"TagSimple\":{\"id\":2,\"name\":\"b\"}}]"
      })
  void tagListsReadInEveryShapeSeen(String list) {
    String json =
        "{\"ServiceResponse\":{\"count\":1,\"data\":[{\"AzureAssetDataConnector\":"
            + "{\"id\":77,\"defaultTags\":{\"list\":"
            + list
            + "}}}]}}";

    AzureAssetDataConnector connector = onlyConnector(json);

    assertThat(connector.getDefaultTags().getList().getTagSimples())
        .extracting(TagSimple::getId, TagSimple::getName)
        .containsExactly(tuple(1L, "a"), tuple(2L, "b"));
  }

  @Test
  void oneTagWhereAnArrayIsUsualReadsAsAListOfOne() {
    String json =
        """
        {"ServiceResponse":{"count":1,"data":[{"AzureAssetDataConnector":
          {"id":77,"defaultTags":{"list":{"TagSimple":{"id":4242,"name":"cloud"}}}}}]}}
        """;

    AzureAssetDataConnector connector = onlyConnector(json);

    assertThat(connector.getDefaultTags().getList().getTagSimples())
        .extracting(TagSimple::getId, TagSimple::getName)
        .containsExactly(tuple(4242L, "cloud"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{\"list\":[\"VM\",\"PC\"]}",
        "{\"list\":[{\"ActivationModule\":\"VM\"},{\"ActivationModule\":\"PC\"}]}",
        "{\"list\":{\"ActivationModule\":[\"VM\",\"PC\"]}}",
        "{\"set\":{\"ActivationModule\":[\"VM\",\"PC\"]}}"
      })
  void activationListsReadInEveryShapeSeen(String activation) {
    String json =
        "{\"ServiceResponse\":{\"count\":1,\"data\":[{\"AzureAssetDataConnector\":"
            + "{\"id\":77,\"activation\":"
            + activation
            + "}}]}}";

    AzureAssetDataConnector connector = onlyConnector(json);

    var qlist = connector.getActivation();
    var items = qlist.getList() != null ? qlist.getList() : qlist.getSet();
    assertThat(items.getActivationModules())
        .containsExactly(ActivationModule.VM, ActivationModule.PC);
  }

  @Test
  void singleActivationModuleAsABareStringReads() {
    String json =
        """
        {"ServiceResponse":{"count":1,"data":[{"AzureAssetDataConnector":
          {"id":77,"activation":{"list":{"ActivationModule":"VM"}}}}]}}
        """;

    AzureAssetDataConnector connector = onlyConnector(json);

    assertThat(connector.getActivation().getList().getActivationModules())
        .containsExactly(ActivationModule.VM);
  }

  @Test
  void answerWithoutDataReadsAsNoRecords() {
    String json = "{\"ServiceResponse\":{\"responseCode\":\"SUCCESS\",\"count\":0}}";

    Decoded<ServiceResponse> decoded = codec.readResponse(utf8(json));

    assertThat(decoded.value().getResponseCode()).isEqualTo("SUCCESS");
    assertThat(decoded.value().getCount()).isZero();
    assertThat(decoded.value().getData()).isNull();
    assertThat(decoded.warnings()).isEmpty();
  }

  @Test
  void emptyDataReadsAsNoRecords() {
    String json = "{\"ServiceResponse\":{\"responseCode\":\"SUCCESS\",\"count\":0,\"data\":[]}}";

    Decoded<ServiceResponse> decoded = codec.readResponse(utf8(json));

    assertThat(decoded.value().getData().getAzureAssetDataConnectors()).isEmpty();
    assertThat(decoded.warnings()).isEmpty();
  }

  @Test
  void countThatDoesNotMatchTheRecordsIsAWarningAtTheCount() {
    String json =
        """
        {"ServiceResponse":{"responseCode":"SUCCESS",
          "count":2,"data":[{"AzureAssetDataConnector":{"id":77}}]}}
        """;

    Decoded<ServiceResponse> decoded = codec.readResponse(utf8(json));

    assertThat(decoded.warnings())
        .extracting(ValidationIssue::rule, ValidationIssue::line, ValidationIssue::column)
        .containsExactly(tuple("count-mismatch", 2, 3));
    assertThat(decoded.warnings().get(0).message()).contains("count 2").contains("1 record");
  }

  @Test
  void unknownMembersInAnswersAreWarningsAndEverythingElseIsRead() {
    String json =
        """
        {"ServiceResponse":{"responseCode":"SUCCESS","count":1,"data":[
          {"AzureAssetDataConnector":{"id":77,"name":"dev-azure",
            "defaultTags":{"list":[{"TagSimple":{"id":4242,"name":"cloud",
              "tagUuid":"00000000-0000-4000-8000-0000000000aa"}}]},
            "futureFlag":{"nested":[1,2]},
            "disabled":"false"}}]}}
        """;

    Decoded<ServiceResponse> decoded = codec.readResponse(utf8(json));

    AzureAssetDataConnector connector =
        decoded.value().getData().getAzureAssetDataConnectors().get(0);
    assertThat(connector.getId()).isEqualTo(77L);
    assertThat(connector.getName()).isEqualTo("dev-azure");
    assertThat(connector.getDefaultTags().getList().getTagSimples())
        .extracting(TagSimple::getId, TagSimple::getName)
        .containsExactly(tuple(4242L, "cloud"));
    assertThat(connector.isDisabled()).isFalse();
    String base = "/ServiceResponse/data/AzureAssetDataConnector";
    assertThat(decoded.warnings())
        .extracting(ValidationIssue::rule, ValidationIssue::path)
        .containsExactly(
            tuple("unknown-element", base + "/defaultTags/list/TagSimple/tagUuid"),
            tuple("unknown-element", base + "/futureFlag"));
    assertThat(decoded.warnings().get(1).line())
        .isEqualTo(positionOf(json, "\"futureFlag\"").line());
    assertThat(decoded.warnings().get(1).column())
        .isEqualTo(positionOf(json, "\"futureFlag\"").column());
  }

  @Test
  void unknownEnumerationValueInAnAnswerIsAWarningAndLeavesNoHole() {
    String json =
        """
        {"ServiceResponse":{"count":1,"data":[{"AzureAssetDataConnector":
          {"id":77,"connectorState":"HIBERNATING","activation":{"list":["VM","QUANTUM"]}}}]}}
        """;

    Decoded<ServiceResponse> decoded = codec.readResponse(utf8(json));

    AzureAssetDataConnector connector =
        decoded.value().getData().getAzureAssetDataConnectors().get(0);
    assertThat(connector.getConnectorState()).isNull();
    // As from XML: the unknown item is reported and leaves no null behind.
    assertThat(connector.getActivation().getList().getActivationModules())
        .containsExactly(ActivationModule.VM);
    assertThat(decoded.warnings())
        .extracting(ValidationIssue::rule, ValidationIssue::path)
        .containsExactly(
            tuple(
                "unknown-enum-value",
                "/ServiceResponse/data/AzureAssetDataConnector" + "/connectorState"),
            tuple(
                "unknown-enum-value",
                "/ServiceResponse/data/AzureAssetDataConnector"
                    + "/activation/list/ActivationModule[2]"));
    assertThat(decoded.warnings().get(0).message()).contains("'HIBERNATING'").contains("PENDING");
  }

  @Test
  void errorDetailsOfARefusedRequestAreRead() {
    String json =
        """
        {"ServiceResponse":{"responseCode":"INVALID_REQUEST","responseErrorDetails":{
          "errorMessage":"lastSync: An error occurred while validating the element.",
          "errorResolution":"Remove it."}}}
        """;

    ServiceResponse response = codec.readResponse(utf8(json)).value();

    assertThat(response.getResponseCode()).isEqualTo("INVALID_REQUEST");
    assertThat(response.getResponseErrorDetails().getErrorMessage())
        .startsWith("lastSync: An error occurred");
    assertThat(response.getResponseErrorDetails().getErrorResolution()).isEqualTo("Remove it.");
  }

  @Test
  void malformedValueOfAKnownMemberStillFailsTheAnswer() {
    String json =
        """
        {"ServiceResponse":{"count":1,"data":[{"AzureAssetDataConnector":
          {"id":77,"lastSync":"yesterday","futureFlag":true}}]}}
        """;

    InvalidResponseException refused =
        thrown(InvalidResponseException.class, () -> codec.readResponse(utf8(json)));

    assertThat(refused.errors())
        .extracting(ValidationIssue::path)
        .containsExactly("/ServiceResponse/data/AzureAssetDataConnector/lastSync");
    assertThat(refused.errors().get(0).line()).isEqualTo(2);
    assertThat(refused.issues()).extracting(ValidationIssue::rule).contains("unknown-element");
  }

  @Test
  void aRequestIsNotReadAsAnAnswer() {
    String json = "{\"ServiceRequest\":{}}";

    InvalidResponseException refused =
        thrown(InvalidResponseException.class, () -> codec.readResponse(utf8(json)));

    assertThat(refused.errors())
        .extracting(ValidationIssue::rule)
        .containsExactly("unexpected-root");
    assertThat(refused.errors().get(0).message()).contains("expected a ServiceResponse");
  }
}
