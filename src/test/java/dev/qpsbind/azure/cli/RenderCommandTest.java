package dev.qpsbind.azure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.json.JSONException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.xmlunit.assertj3.XmlAssert;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.ElementSelectors;

class RenderCommandTest {

  @Test
  void sampleTwoWrittenAsJsonIsTheCorrectedForm() throws JSONException {
    String path = TestFiles.path("json/update-request-sample2.json").toString();

    CliRun run = CliRun.of("render", path, "--to", "json");

    assertThat(run.exitCode()).as(run.all()).isEqualTo(QpsAzure.OK);
    String corrected =
        new String(
            TestFiles.bytes("json/update-request-sample2-corrected.json"), StandardCharsets.UTF_8);
    JSONAssert.assertEquals(corrected, run.out(), JSONCompareMode.STRICT);
    assertThat(run.err()).contains(path + ":45:19: WARNING [duplicate-key]");
  }

  static Stream<String> xmlDocuments() {
    return Stream.of(
        "samples/update-request-sample1.xml",
        "samples/update-request-sample3.xml",
        "samples/update-response-sample1.xml",
        "samples/update-response-sample3.xml",
        "json/xml/errors-response.xml",
        "json/xml/get-response-every-part.xml",
        "json/xml/search-request-every-part.xml");
  }

  @ParameterizedTest
  @MethodSource("xmlDocuments")
  void xmlToJsonAndBackIsTheSameDocument(String resource, @TempDir Path folder) throws IOException {
    Path original = TestFiles.path(resource);

    CliRun toJson = CliRun.of("render", original.toString(), "--to", "json");
    Path json = Files.writeString(folder.resolve("document.json"), toJson.out());
    CliRun back = CliRun.of("render", json.toString(), "--to", "xml");

    assertThat(toJson.exitCode()).as(toJson.all()).isEqualTo(QpsAzure.OK);
    assertThat(toJson.out()).startsWith("{");
    assertThat(back.exitCode()).as(back.all()).isEqualTo(QpsAzure.OK);
    XmlAssert.assertThat(back.out())
        .and(Files.readString(original))
        .ignoreWhitespace()
        .ignoreComments()
        // Children come in any order (xs:all): match them by name, not position.
        .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byName))
        .areSimilar();
  }

  @Test
  void anAnswerInJsonBecomesTheXmlAnswer() {
    String path = TestFiles.path("json/update-response-sample2.json").toString();

    CliRun run = CliRun.of("render", path, "--to", "xml");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.OK);
    assertThat(run.out())
        .startsWith("<?xml")
        .contains("<responseCode>SUCCESS</responseCode>")
        .contains("<id>842602</id>");
  }

  @Test
  void theKeyOfTheFileIsKeptSinceTheOutputIsMeantToBeSent() {
    CliRun run = CliRun.of("render", "examples/update-azure-connector.xml", "--to", "json");

    assertThat(run.out()).contains("\"authenticationKey\": \"02LCb8/RCn0lbGj6xxxxxxxxnoH01rog=\"");
  }

  @Test
  void warningsOfAnAnswerGoToStderrAndTheRestIsWritten() {
    String path = TestFiles.path("answers/unknown-fields.xml").toString();

    CliRun run = CliRun.of("render", path, "--to", "json");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.OK);
    assertThat(run.err()).contains(path + ":23:19: WARNING [unknown-element] 'futureFlag'");
    assertThat(run.out()).contains("\"ServiceResponse\"").doesNotContain("futureFlag");
  }

  @Test
  void anInvalidDocumentIsNotWritten() {
    String path = TestFiles.path("invalid/disabled-yes.xml").toString();

    CliRun run = CliRun.of("render", path, "--to", "json");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.err()).contains(path + ":7:31: ERROR [cvc-datatype-valid.1.2.1]");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void theFormIsRequiredAndKnown() {
    CliRun missing = CliRun.of("render", "examples/update-azure-connector.xml");
    CliRun unknown = CliRun.of("render", "examples/update-azure-connector.xml", "--to", "yaml");

    assertThat(missing.exitCode()).isEqualTo(QpsAzure.USAGE);
    assertThat(missing.err()).contains("--to");
    assertThat(unknown.exitCode()).isEqualTo(QpsAzure.USAGE);
    assertThat(unknown.err()).contains("yaml");
  }

  @Test
  void aMissingFileIsOneLine() {
    CliRun run = CliRun.of("render", "nowhere.json", "--to", "xml");

    assertThat(run.exitCode()).isEqualTo(QpsAzure.FAILED);
    assertThat(run.errLines()).containsExactly("qps-azure: nowhere.json: no such file");
  }
}
