package dev.qpsbind.azure.rules;

import static dev.qpsbind.azure.rules.RulesHarness.resource;
import static dev.qpsbind.azure.rules.RulesHarness.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.qpsbind.azure.error.InvalidRequestException;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.validation.ValidationReport;
import dev.qpsbind.azure.xml.XmlCodec;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The documentation's update samples, sent to path id 12345 as their curl lines do: each is refused
 * for its one known error only, and passes once that error is corrected.
 */
class DocumentedSamplesTest {

  private static final long PATH_ID = 12345L;
  private static final String SAMPLE_1 = "/samples/update-request-sample1.xml";
  private static final String SAMPLE_3 = "/rules/update-request-sample3-as-documented.xml";
  private static final String SAMPLE_1_KEY = "02LCb8/RCn0lbGj6xxxxxxxxnoH01rog=";

  private final XmlCodec codec = XmlCodec.create();

  @Test
  void sample1IsRefusedOnlyForTheIdMismatch() {
    ValidationReport report = validate(resource(SAMPLE_1), Operation.UPDATE, PATH_ID);

    assertThat(report.errors())
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.rule()).isEqualTo("update.id-mismatch");
              assertThat(issue.path()).isEqualTo("/ServiceRequest/data/AzureAssetDataConnector/id");
              assertThat(issue.line()).isEqualTo(13);
              assertThat(issue.column()).isEqualTo(17);
              assertThat(issue.message()).contains("'2004'", "'12345'");
            });
    // The sample's masked GUIDs are worth a warning each, not a refusal.
    assertThat(report.warnings()).extracting(ValidationIssue::rule).containsOnly("auth.guid");
  }

  @Test
  void sample1IsNotWrittenAndTheRefusalDoesNotShowItsKey() {
    ServiceRequest request = read(resource(SAMPLE_1));

    InvalidRequestException refused =
        catchThrowableOfType(
            InvalidRequestException.class,
            () -> codec.marshal(request, rulesFor(Operation.UPDATE)));

    assertThat(refused.errors())
        .extracting(ValidationIssue::rule)
        .containsExactly("update.id-mismatch");
    assertThat(refused.errors().get(0).hasLocation()).isTrue();
    assertThat(refused.getMessage()).contains("update.id-mismatch").doesNotContain(SAMPLE_1_KEY);
  }

  @Test
  void sample1WithTheBodyIdOfThePathPasses() {
    String corrected = resource(SAMPLE_1).replace("<id>2004</id>", "<id>12345</id>");

    ValidationReport report = validate(corrected, Operation.UPDATE, PATH_ID);
    byte[] written = codec.marshal(read(corrected), rulesFor(Operation.UPDATE));

    assertThat(report.hasErrors()).isFalse();
    assertThat(new String(written, StandardCharsets.UTF_8)).contains("<id>12345</id>");
  }

  @Test
  void sample3IsRefusedOnlyForTheDayFirstDate() {
    ValidationReport report = validate(resource(SAMPLE_3), Operation.UPDATE, PATH_ID);

    assertThat(report.issues())
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.rule()).isEqualTo("cps.start-date");
              assertThat(issue.isError()).isTrue();
              assertThat(issue.path())
                  .isEqualTo(
                      "/ServiceRequest/data/AzureAssetDataConnector/connectorScanConfig/set"
                          + "/ConnectorScanConfiguration/startDate");
              assertThat(issue.line()).isEqualTo(34);
              assertThat(issue.column()).isEqualTo(36);
              assertThat(issue.message()).contains("mm/dd/yyyy", "'05/31/2022'");
            });
  }

  @Test
  void sample3WithAMonthFirstDatePasses() {
    String corrected =
        resource(SAMPLE_3)
            .replace("<startDate>31/05/2022</startDate>", "<startDate>05/31/2022</startDate>");

    ValidationReport report = validate(corrected, Operation.UPDATE, PATH_ID);
    byte[] written = codec.marshal(read(corrected), rulesFor(Operation.UPDATE));

    assertThat(report.issues()).isEmpty();
    assertThat(new String(written, StandardCharsets.UTF_8)).contains("05/31/2022");
  }

  private ServiceRequest read(String xml) {
    return codec.readRequest(xml.getBytes(StandardCharsets.UTF_8)).value();
  }

  private static dev.qpsbind.azure.validation.RequestCheck rulesFor(Operation operation) {
    return RequestRules.standard().forOperation(operation, PATH_ID);
  }
}
