package dev.qpsbind.azure.sandbox;

import static dev.qpsbind.azure.sandbox.SandboxHttp.NOUN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.Requests;
import dev.qpsbind.azure.TestFiles;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.CriteriaOperator;
import dev.qpsbind.azure.model.Preferences;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each error a client must handle, as the sandbox answers it. */
class SandboxErrorsTest {

  private QualysSandbox sandbox;

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private SandboxHttp start(QualysSandbox.Builder builder) {
    sandbox = builder.build().start();
    return SandboxHttp.to(sandbox);
  }

  private SandboxHttp start() {
    return start(QualysSandbox.builder().withConnector(2004, Fixtures.connector("dev-azure")));
  }

  @Test
  void missingCredentialsGet401WithAnHtmlPage() {
    start();

    SandboxHttp.Answer answer = SandboxHttp.to(sandbox, null, null).get("get/" + NOUN + "/2004");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.header("Content-Type")).startsWith("text/html");
    assertThat(answer.header("WWW-Authenticate")).startsWith("Basic realm=");
    assertThat(answer.text()).contains("<html").doesNotContain("ServiceResponse");
  }

  @Test
  void wrongPasswordGets401AndChangesNothing() {
    start();

    SandboxHttp.Answer answer =
        SandboxHttp.to(sandbox, QualysSandbox.DEFAULT_USERNAME, "FAKE-PW-0003")
            .post("create/" + NOUN, Requests.withData(Fixtures.connector("intruder")));

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.text()).contains("401 Unauthorized").doesNotContain("FAKE-PW-0003");
    assertThat(sandbox.connectorIds()).containsExactly(2004L);
  }

  @Test
  void configuredCredentialsAreTheOnesAccepted() {
    sandbox = QualysSandbox.builder().credentials("fake_user", "FAKE-PW-0003").build().start();

    SandboxHttp.Answer withThem =
        SandboxHttp.to(sandbox, "fake_user", "FAKE-PW-0003").post("search/" + NOUN);
    SandboxHttp.Answer withDefaults = SandboxHttp.to(sandbox).post("search/" + NOUN);

    assertThat(withThem.status()).isEqualTo(200);
    assertThat(withThem.response().getResponseCode()).isEqualTo("SUCCESS");
    assertThat(withDefaults.status()).isEqualTo(401);
  }

  @Test
  void unknownIdIsObjectNotFoundForEveryOperationById() {
    SandboxHttp http = start();
    AzureAssetDataConnector change = new AzureAssetDataConnector();
    change.setDescription("x");

    ServiceResponse get = http.get("get/" + NOUN + "/77").response();
    ServiceResponse update =
        http.post("update/" + NOUN + "/77", Requests.withData(change)).response();
    ServiceResponse delete = http.post("delete/" + NOUN + "/77").response();
    SandboxHttp.Answer run = http.post("run/" + NOUN + "/77");

    for (ServiceResponse response : new ServiceResponse[] {get, update, delete, run.response()}) {
      assertThat(response.getResponseCode()).isEqualTo("OBJECT_NOT_FOUND");
      assertThat(response.getResponseErrorDetails().getErrorMessage()).contains("'77'");
      assertThat(response.getData()).isNull();
    }
    assertThat(run.status()).isEqualTo(200);
    assertThat(sandbox.connectorIds()).containsExactly(2004L);
  }

  @Test
  void aSchemaErrorIsInvalidRequestStartingWithTheElementName() {
    SandboxHttp http = start();
    byte[] body =
        ("<ServiceRequest><data><AzureAssetDataConnector><name>x</name>"
                + "<disabled>yes</disabled></AzureAssetDataConnector></data></ServiceRequest>")
            .getBytes(StandardCharsets.UTF_8);

    SandboxHttp.Answer answer = http.post("create/" + NOUN, body, "application/xml");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.response().getResponseCode()).isEqualTo("INVALID_REQUEST");
    assertThat(answer.response().getResponseErrorDetails().getErrorMessage())
        .startsWith("disabled: ")
        .contains("yes");
    assertThat(sandbox.connectorIds()).containsExactly(2004L);
  }

  @Test
  void aMisspelledElementIsInvalidRequestNamingIt() {
    SandboxHttp http = start();

    SandboxHttp.Answer answer =
        http.post(
            "update/" + NOUN + "/2004",
            TestFiles.bytes("invalid/misspelled-element.xml"),
            "text/xml");

    assertThat(answer.response().getResponseCode()).isEqualTo("INVALID_REQUEST");
    assertThat(answer.response().getResponseErrorDetails().getErrorMessage())
        .startsWith("runFrequncy: ");
  }

  @Test
  void aFieldTheServerSetsIsRefusedNamingItFirstAsQualysDoes() {
    SandboxHttp http = start();
    // Field case C04: a "get, edit, send back" body; Qualys answers "lastSync: An error...".
    byte[] body =
        ("<ServiceRequest><data><AzureAssetDataConnector>\n"
                + "  <name>dev-azure</name>\n"
                + "  <lastSync>2024-01-02T03:04:05Z</lastSync>\n"
                + "</AzureAssetDataConnector></data></ServiceRequest>\n")
            .getBytes(StandardCharsets.UTF_8);

    SandboxHttp.Answer create = http.post("create/" + NOUN, body, "text/xml");
    SandboxHttp.Answer update = http.post("update/" + NOUN + "/2004", body, "text/xml");

    for (SandboxHttp.Answer answer : new SandboxHttp.Answer[] {create, update}) {
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.response().getResponseCode()).isEqualTo("INVALID_REQUEST");
      assertThat(answer.response().getResponseErrorDetails().getErrorMessage())
          .startsWith("lastSync: ");
    }
    assertThat(sandbox.connectorIds()).containsExactly(2004L);
    assertThat(sandbox.connector(2004).orElseThrow().getName()).isEqualTo("dev-azure");
  }

  @Test
  void everyFieldTheServerSetsIsRefused() {
    SandboxHttp http = start();
    String[] fields = {
      "<connectorState>FINISHED_SUCCESS</connectorState>",
      "<nextSync>2024-01-02T03:04:05Z</nextSync>",
      "<lastError>boom</lastError>",
      "<isDeleted>false</isDeleted>",
      "<cloudviewUuid>u</cloudviewUuid>",
      "<type>AZURE</type>"
    };

    for (String field : fields) {
      byte[] body =
          ("<ServiceRequest><data><AzureAssetDataConnector><name>x</name>"
                  + field
                  + "</AzureAssetDataConnector></data></ServiceRequest>")
              .getBytes(StandardCharsets.UTF_8);
      String element = field.substring(1, field.indexOf('>'));

      SandboxHttp.Answer answer = http.post("update/" + NOUN + "/2004", body, "text/xml");

      assertThat(answer.response().getResponseCode()).as(element).isEqualTo("INVALID_REQUEST");
      assertThat(answer.response().getResponseErrorDetails().getErrorMessage())
          .startsWith(element + ": ");
    }
    assertThat(sandbox.connector(2004).orElseThrow().getName()).isEqualTo("dev-azure");
  }

  @Test
  void notEqualsInAnUpdateFilterIsRefused() {
    SandboxHttp http = start();
    AzureAssetDataConnector change = new AzureAssetDataConnector();
    change.setDisabled(true);
    ServiceRequest request = Requests.withData(change);
    request.setFilters(
        Requests.filters(Requests.criteria("name", CriteriaOperator.NOT_EQUALS, "keep-me")));

    SandboxHttp.Answer answer = http.post("update/" + NOUN, request);

    assertThat(answer.response().getResponseCode()).isEqualTo("INVALID_REQUEST");
    assertThat(answer.response().getResponseErrorDetails().getErrorMessage())
        .startsWith("Criteria: ")
        .contains("NOT EQUALS")
        .contains("update");
    assertThat(sandbox.connector(2004).orElseThrow().isDisabled()).isFalse();
  }

  @Test
  void notEqualsInADeleteFilterIsRefused() {
    SandboxHttp http = start();

    SandboxHttp.Answer answer =
        http.post(
            "delete/" + NOUN,
            Requests.withFilters(
                Requests.criteria("name", CriteriaOperator.NOT_EQUALS, "keep-me")));

    assertThat(answer.response().getResponseCode()).isEqualTo("INVALID_REQUEST");
    assertThat(answer.response().getResponseErrorDetails().getErrorMessage())
        .startsWith("Criteria: ")
        .contains("NOT EQUALS")
        .contains("delete");
    assertThat(sandbox.connectorIds()).containsExactly(2004L);
  }

  @Test
  void updateOrDeleteWithoutIdOrFiltersIsRefused() {
    SandboxHttp http = start();
    AzureAssetDataConnector change = new AzureAssetDataConnector();
    change.setDisabled(true);

    SandboxHttp.Answer update = http.post("update/" + NOUN, Requests.withData(change));
    SandboxHttp.Answer delete = http.post("delete/" + NOUN, new byte[0], null);

    assertThat(update.response().getResponseErrorDetails().getErrorMessage())
        .startsWith("filters: ");
    assertThat(delete.response().getResponseErrorDetails().getErrorMessage())
        .startsWith("filters: ");
    assertThat(sandbox.connectorIds()).containsExactly(2004L);
    assertThat(sandbox.connector(2004).orElseThrow().isDisabled()).isFalse();
  }

  @Test
  void anIdInTheDataThatIsNotThePathIdIsRefused() {
    SandboxHttp http =
        start(
            QualysSandbox.builder()
                .withConnector(2004, Fixtures.connector("a"))
                .withConnector(12345, Fixtures.connector("b")));

    // The documented sample as the documentation sends it: body id 2004, path id 12345.
    SandboxHttp.Answer answer =
        http.post(
            "update/" + NOUN + "/12345",
            TestFiles.bytes("samples/update-request-sample1.xml"),
            "text/xml");

    assertThat(answer.response().getResponseCode()).isEqualTo("INVALID_REQUEST");
    assertThat(answer.response().getResponseErrorDetails().getErrorMessage()).startsWith("id: ");
    assertThat(sandbox.connector(12345).orElseThrow().getName()).isEqualTo("b");
  }

  @Test
  void aPathIdThatIsNotANumberIsRefused() {
    SandboxHttp http = start();

    SandboxHttp.Answer answer = http.get("get/" + NOUN + "/abc");

    assertThat(answer.response().getResponseCode()).isEqualTo("INVALID_REQUEST");
    assertThat(answer.response().getResponseErrorDetails().getErrorMessage())
        .startsWith("id: ")
        .contains("'abc'");
  }

  @Test
  void createWithoutDataOrNameIsRefused() {
    SandboxHttp http = start();
    AzureAssetDataConnector nameless = Fixtures.connector("x");
    nameless.setName(null);

    SandboxHttp.Answer empty = http.post("create/" + NOUN, new byte[0], "text/xml");
    SandboxHttp.Answer noName = http.post("create/" + NOUN, Requests.withData(nameless));

    // The request rules speak first: a create needs a connector in data.
    assertThat(empty.response().getResponseErrorDetails().getErrorMessage())
        .startsWith("AzureAssetDataConnector: ")
        .contains("create needs a connector");
    assertThat(noName.response().getResponseErrorDetails().getErrorMessage()).startsWith("name: ");
  }

  @Test
  void limitResultsAboveOneThousandIsRefused() {
    SandboxHttp http = start();
    ServiceRequest request = new ServiceRequest();
    Preferences preferences = new Preferences();
    preferences.setLimitResults(1001);
    request.setPreferences(preferences);

    SandboxHttp.Answer answer = http.post("search/" + NOUN, request);

    assertThat(answer.response().getResponseCode()).isEqualTo("INVALID_REQUEST");
    assertThat(answer.response().getResponseErrorDetails().getErrorMessage())
        .startsWith("limitResults: ")
        .contains("1001");
  }

  @Test
  void anUnknownSearchFieldOrAnUnsupportedOperatorIsRefused() {
    SandboxHttp http = start();

    SandboxHttp.Answer field =
        http.post(
            "search/" + NOUN,
            Requests.withFilters(Requests.criteria("colour", CriteriaOperator.EQUALS, "red")));
    SandboxHttp.Answer operator =
        http.post(
            "search/" + NOUN,
            Requests.withFilters(Requests.criteria("name", CriteriaOperator.NONE, "")));
    SandboxHttp.Answer badId =
        http.post(
            "search/" + NOUN,
            Requests.withFilters(Requests.criteria("id", CriteriaOperator.EQUALS, "twelve")));

    assertThat(field.response().getResponseErrorDetails().getErrorMessage())
        .startsWith("Criteria: ")
        .contains("colour");
    assertThat(operator.response().getResponseErrorDetails().getErrorMessage())
        .startsWith("Criteria: ")
        .contains("NONE");
    assertThat(badId.response().getResponseErrorDetails().getErrorMessage())
        .startsWith("Criteria: ")
        .contains("twelve");
  }

  @Test
  void aJsonBodyIsReadAsTheQualysJsonForm() {
    SandboxHttp http = start();
    http.create(Fixtures.connector("json-only"));

    SandboxHttp.Answer answer =
        http.post(
            "search/" + NOUN,
            """
            {"ServiceRequest": {"filters": {"Criteria": [
              {"field": "name", "operator": "EQUALS", "value": "json-only"}]}}}
            """
                .getBytes(StandardCharsets.UTF_8),
            "application/json");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.response().getResponseCode()).isEqualTo("SUCCESS");
    assertThat(answer.connectors())
        .extracting(AzureAssetDataConnector::getName)
        .containsExactly("json-only");
  }

  @Test
  void theStatusOfApiErrorsCanBe400ForClientsTestingThatHabit() {
    SandboxHttp http = start(QualysSandbox.builder().apiErrorStatus(400));

    SandboxHttp.Answer answer = http.get("get/" + NOUN + "/77");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.response().getResponseCode()).isEqualTo("OBJECT_NOT_FOUND");
  }
}
