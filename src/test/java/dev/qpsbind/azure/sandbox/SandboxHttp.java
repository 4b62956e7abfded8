package dev.qpsbind.azure.sandbox;

import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.xml.XmlCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The one place the sandbox tests make HTTP calls: plain {@code java.net.http} over loopback, with
 * bodies written and read by {@link XmlCodec}. Paths are given after {@code /qps/rest/3.0/}, like
 * {@code get/am/azureassetdataconnector/2004}. Tests through the real client can sit next to these
 * once it is merged.
 */
final class SandboxHttp {

  /** The connector noun, to build paths: {@code "update/" + NOUN + "/2004"}. */
  static final String NOUN = "am/azureassetdataconnector";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final String baseUrl;
  private final String authorization;

  private SandboxHttp(String baseUrl, String authorization) {
    this.baseUrl = baseUrl;
    this.authorization = authorization;
  }

  /** Calls with the sandbox's default credentials. */
  static SandboxHttp to(QualysSandbox sandbox) {
    return to(sandbox, QualysSandbox.DEFAULT_USERNAME, QualysSandbox.DEFAULT_PASSWORD);
  }

  /** Calls with these credentials; a null user sends no Authorization header. */
  static SandboxHttp to(QualysSandbox sandbox, String user, String password) {
    String header =
        user == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new SandboxHttp(sandbox.baseUrl(), header);
  }

  /** An HTTP answer. */
  record Answer(int status, HttpHeaders headers, byte[] body) {

    /** The body read as a ServiceResponse (validated by the codec). */
    ServiceResponse response() {
      return XmlCodec.create().readResponse(body).value();
    }

    /** The body as UTF-8 text. */
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** The first value of a header, or null. */
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    /** The connectors of the answer (the response must have data). */
    java.util.List<AzureAssetDataConnector> connectors() {
      ServiceResponse response = response();
      return response.getData() == null
          ? java.util.List.of()
          : response.getData().getAzureAssetDataConnectors();
    }
  }

  /** POSTs a request written by the codec (schema-checked, no request rules). */
  Answer post(String path, ServiceRequest request) {
    return post(path, XmlCodec.create().marshal(request), "application/xml");
  }

  /** POSTs raw bytes with this Content-Type (null sends none). */
  Answer post(String path, byte[] body, String contentType) {
    HttpRequest.Builder builder = request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(builder.build());
  }

  /** POSTs with no body (delete and run by id). */
  Answer post(String path) {
    return send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  /** GETs a path. */
  Answer get(String path) {
    return send(request(path).GET().build());
  }

  /** Creates a connector and returns its id. */
  long create(AzureAssetDataConnector connector) {
    Answer answer = post("create/" + NOUN, dev.qpsbind.azure.Requests.withData(connector));
    ServiceResponse response = answer.response();
    if (!"SUCCESS".equals(response.getResponseCode())) {
      throw new AssertionError("create failed: " + answer.text());
    }
    return response.getData().getAzureAssetDataConnectors().get(0).getId();
  }

  /** Gets a connector that must exist. */
  AzureAssetDataConnector getConnector(long id) {
    Answer answer = get("get/" + NOUN + "/" + id);
    if (!"SUCCESS".equals(answer.response().getResponseCode())) {
      throw new AssertionError("get failed: " + answer.text());
    }
    return answer.connectors().get(0);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + "/qps/rest/3.0/" + path))
            .timeout(Duration.ofSeconds(30))
            .header("X-Requested-With", "qps-azure sandbox tests");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static Answer send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
