package dev.qpsbind.azure.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.validation.DocumentKind;
import dev.qpsbind.azure.xml.Decoded;
import dev.qpsbind.azure.xml.XmlCodec;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xmlunit.assertj3.XmlAssert;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.ElementSelectors;

/**
 * Every XML sample goes XML to objects to JSON to objects to XML and comes back similar: the JSON
 * form loses nothing the XML form carries. The folders are listed, so samples added later are
 * covered too: the documented samples ({@code samples/}) and ours that use every part of the model
 * ({@code json/xml/}). Child order is free (the schema uses xs:all), so elements are matched by
 * name.
 */
class JsonXmlRoundTripTest {

  private final XmlCodec xml = XmlCodec.create();
  private final JsonCodec json = JsonCodec.create();

  static List<Path> xmlSamples() throws IOException, URISyntaxException {
    List<Path> samples = new java.util.ArrayList<>();
    for (String folder : List.of("/samples", "/json/xml")) {
      Path path = Path.of(JsonXmlRoundTripTest.class.getResource(folder).toURI());
      try (Stream<Path> files = Files.list(path)) {
        files.filter(file -> file.toString().endsWith(".xml")).sorted().forEach(samples::add);
      }
    }
    return samples;
  }

  @Test
  void thereAreSamplesOfBothKindsToRoundTrip() throws Exception {
    List<DocumentKind> kinds =
        xmlSamples().stream().map(this::bytes).map(b -> xml.validate(b).kind()).toList();

    assertThat(kinds).contains(DocumentKind.REQUEST, DocumentKind.RESPONSE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("xmlSamples")
  void xmlToJsonToXmlIsSimilarToTheSample(Path sample) {
    byte[] original = bytes(sample);
    DocumentKind kind = xml.validate(original).kind();

    byte[] viaJson;
    if (kind == DocumentKind.REQUEST) {
      byte[] jsonForm = json.write(xml.readRequest(original).value());
      Decoded<ServiceRequest> back = json.readRequest(jsonForm);
      assertThat(back.warnings()).as("warnings reading the JSON form").isEmpty();
      viaJson = xml.marshal(back.value());
    } else {
      assertThat(kind).isEqualTo(DocumentKind.RESPONSE);
      byte[] jsonForm = json.write(xml.readResponse(original).value());
      Decoded<ServiceResponse> back = json.readResponse(jsonForm);
      assertThat(back.warnings()).as("warnings reading the JSON form").isEmpty();
      viaJson = xml.marshal(back.value());
    }

    XmlAssert.assertThat(viaJson)
        .and(original)
        .ignoreWhitespace()
        .ignoreComments()
        .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byName))
        .areSimilar();
  }

  private byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
