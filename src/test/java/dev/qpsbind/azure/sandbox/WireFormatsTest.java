package dev.qpsbind.azure.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which body format a request and its answer use. */
class WireFormatsTest {

  /** A stand-in second format, to check the choice itself. */
  private static final WireFormat JSON =
      new WireFormat() {
        @Override
        public String answerType() {
          return MediaType.APPLICATION_JSON;
        }

        @Override
        public boolean handles(MediaType type) {
          return type.getSubtype().equals("json");
        }

        @Override
        public ServiceRequest readRequest(byte[] body) {
          throw new UnsupportedOperationException();
        }

        @Override
        public byte[] writeResponse(ServiceResponse response) {
          throw new UnsupportedOperationException();
        }
      };

  private final WireFormats xmlOnly = new WireFormats(new XmlWireFormat(), List.of());
  private final WireFormats withJson = new WireFormats(new XmlWireFormat(), List.of(JSON));

  @Test
  void xmlIsReadWhenTheTypeSaysXmlSaysNothingOrNamesNoKnownFormat() {
    assertThat(xmlOnly.forRequest(null)).get().isInstanceOf(XmlWireFormat.class);
    assertThat(xmlOnly.forRequest(MediaType.TEXT_XML_TYPE)).get().isInstanceOf(XmlWireFormat.class);
    assertThat(xmlOnly.forRequest(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
        .get()
        .isInstanceOf(XmlWireFormat.class);
  }

  @Test
  void aJsonRequestNeedsAJsonFormat() {
    assertThat(xmlOnly.forRequest(MediaType.APPLICATION_JSON_TYPE)).isEmpty();
    assertThat(withJson.forRequest(MediaType.APPLICATION_JSON_TYPE)).get().isSameAs(JSON);
  }

  @Test
  void theAnswerFollowsAcceptInOrderOfPreferenceWithXmlAsTheDefault() {
    assertThat(withJson.forAnswer(List.of())).isInstanceOf(XmlWireFormat.class);
    assertThat(withJson.forAnswer(List.of(MediaType.APPLICATION_JSON_TYPE))).isSameAs(JSON);
    assertThat(
            withJson.forAnswer(
                List.of(MediaType.APPLICATION_XML_TYPE, MediaType.APPLICATION_JSON_TYPE)))
        .isInstanceOf(XmlWireFormat.class);
    assertThat(xmlOnly.forAnswer(List.of(MediaType.APPLICATION_JSON_TYPE)))
        .isInstanceOf(XmlWireFormat.class);
  }

  @Test
  void theStandardFormatsAreXmlAndTheQualysJsonForm() {
    WireFormats standard = WireFormats.standard();

    assertThat(standard.forRequest(MediaType.APPLICATION_JSON_TYPE))
        .get()
        .isInstanceOf(JsonWireFormat.class);
    assertThat(standard.forAnswer(List.of(MediaType.APPLICATION_JSON_TYPE)))
        .isInstanceOf(JsonWireFormat.class);
    assertThat(standard.forRequest(MediaType.TEXT_XML_TYPE))
        .get()
        .isInstanceOf(XmlWireFormat.class);
  }
}
