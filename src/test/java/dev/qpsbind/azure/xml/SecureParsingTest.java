package dev.qpsbind.azure.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.qpsbind.azure.error.InvalidResponseException;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.validation.ValidationReport;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DOCTYPE, external entities and schema hints never reach outside the document; size is bounded.
 */
class SecureParsingTest {

  private final XmlCodec codec = XmlCodec.create();
  private final AtomicInteger hits = new AtomicInteger();
  private HttpServer server;
  private String base;

  @BeforeEach
  void startServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          hits.incrementAndGet();
          byte[] body = "<!ENTITY x 'pwned'>".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void anExternalEntityIsRefusedAndNeverFetched() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE ServiceResponse [<!ENTITY e SYSTEM \""
            + base
            + "/entity\">]><ServiceResponse><responseCode>&e;</responseCode></ServiceResponse>";

    assertThatThrownBy(() -> codec.readResponse(xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("doctype-not-allowed");
    assertThat(hits).hasValue(0);
  }

  @Test
  void anExternalDtdIsRefusedAndNeverFetched() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE ServiceResponse SYSTEM \""
            + base
            + "/x.dtd\"><ServiceResponse/>";

    ValidationReport report = codec.validate(xml.getBytes(StandardCharsets.UTF_8));

    assertThat(report.errors()).extracting("rule").containsExactly("doctype-not-allowed");
    assertThat(hits).hasValue(0);
  }

  @Test
  void aSchemaHintInAnAnswerIsNeverFetched() {
    String xml =
        "<ServiceResponse xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:noNamespaceSchemaLocation=\""
            + base
            + "/other.xsd\"><responseCode>SUCCESS</responseCode></ServiceResponse>";

    ServiceResponse response = codec.readResponse(xml.getBytes(StandardCharsets.UTF_8)).value();

    assertThat(response.getResponseCode()).isEqualTo("SUCCESS");
    assertThat(hits).hasValue(0);
  }

  @Test
  void aDocumentLargerThanTheBoundIsRefused() {
    XmlCodec small = XmlCodec.builder().maxBytes(1024).build();
    String padding = "x".repeat(2048);
    String xml =
        "<ServiceResponse><responseErrorDetails><errorMessage>"
            + padding
            + "</errorMessage></responseErrorDetails></ServiceResponse>";

    assertThatThrownBy(() -> small.readResponse(xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("document-too-large")
        .hasMessageContaining("1024");
  }

  @Test
  void deepNestingIsRefused() {
    String xml =
        "<ServiceResponse>" + "<data>".repeat(200) + "</data>".repeat(200) + "</ServiceResponse>";

    ValidationReport report = codec.validate(xml.getBytes(StandardCharsets.UTF_8));

    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void theCharsetDeclaredInThePrologDecides() {
    String name = "Prod-Zürich-Ärger";
    String xml =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><ServiceResponse><data>"
            + "<AzureAssetDataConnector><name>"
            + name
            + "</name></AzureAssetDataConnector></data></ServiceResponse>";

    ServiceResponse response =
        codec.readResponse(xml.getBytes(StandardCharsets.ISO_8859_1)).value();

    assertThat(response.getData().getAzureAssetDataConnectors().get(0).getName()).isEqualTo(name);
  }

  @Test
  void nonAsciiNamesSurviveAWriteAndARead() {
    String name = "Prod-Zürich-東京-💾";
    var connector = new dev.qpsbind.azure.model.AzureAssetDataConnector();
    connector.setName(name);
    connector.setDescription("Ärger & “quotes”");

    byte[] xml = codec.marshal(dev.qpsbind.azure.Requests.withData(connector));
    var read = codec.readRequest(xml).value().getData().getAzureAssetDataConnector();

    assertThat(read.getName()).isEqualTo(name);
    assertThat(read.getDescription()).isEqualTo("Ärger & “quotes”");
    assertThat(new String(xml, StandardCharsets.UTF_8))
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"");
  }
}
