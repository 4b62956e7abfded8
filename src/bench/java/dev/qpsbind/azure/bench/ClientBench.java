package dev.qpsbind.azure.bench;

import dev.qpsbind.azure.AzureConnectorClient;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.xml.XmlCodec;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A validated {@code update} through our client against a raw Jersey POST of the same, already
 * marshalled bytes to the same loopback server (issue 8, target 3). The server answers the
 * documented update answer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClientBench {

  private static final String USER = "bench";
  private static final String PASSWORD = "bench-password";

  private HttpServer server;
  private AzureConnectorClient client;
  private Client jersey;
  private WebTarget rawTarget;
  private String authorization;
  private AzureAssetDataConnector connector;
  private byte[] marshalled;

  /** Starts the loopback server and both clients. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    byte[] answer = BenchData.resourceBytes("/samples/update-response-sample1.xml");
    // Grizzly's bare HTTP server (no Jersey on this side): the JDK's HttpServer adds a delayed-ACK
    // pause of about 40 ms to every keep-alive exchange, which would drown what we measure.
    server = new HttpServer();
    NetworkListener listener = new NetworkListener("bench", "127.0.0.1", 0);
    server.addListener(listener);
    server
        .getServerConfiguration()
        .addHttpHandler(
            new HttpHandler() {
              @Override
              public void service(Request request, Response response) throws IOException {
                try (InputStream in = request.getInputStream()) {
                  in.readAllBytes();
                }
                response.setContentType("application/xml");
                response.setContentLength(answer.length);
                response.getOutputStream().write(answer);
              }
            });
    server.start();
    int port = listener.getPort();
    String base = "http://127.0.0.1:" + port;

    client = AzureConnectorClient.builder().baseUrl(base).credentials(USER, PASSWORD).build();
    connector = BenchData.sampleRequest().getData().getAzureAssetDataConnector();
    connector.setId(2004L);
    marshalled = XmlCodec.create().marshal(BenchData.sampleRequest());

    jersey = ClientBuilder.newClient();
    rawTarget = jersey.target(base + "/qps/rest/3.0/update/am/azureassetdataconnector/2004");
    authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** Stops everything. */
  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    jersey.close();
    server.shutdownNow();
  }

  /** Our client: rules, validated marshal, POST, validated read of the answer. */
  @Benchmark
  public Object validatedUpdate() {
    return client.update(2004, connector);
  }

  /** Jersey alone: POST of bytes marshalled once beforehand, answer read as bytes. */
  @Benchmark
  public byte[] rawJerseyPost() {
    try (jakarta.ws.rs.core.Response response =
        rawTarget
            .request("application/xml")
            .header("Authorization", authorization)
            .header("X-Requested-With", "bench")
            .post(Entity.entity(marshalled, "text/xml; charset=UTF-8"))) {
      return response.readEntity(byte[].class);
    }
  }
}
