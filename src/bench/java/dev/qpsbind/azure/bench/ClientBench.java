package dev.qpsbind.azure.bench;

import com.sun.net.httpserver.HttpServer;
import dev.qpsbind.azure.AzureConnectorClient;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.xml.XmlCodec;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
  private ExecutorService executor;
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
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    executor = Executors.newFixedThreadPool(2);
    server.setExecutor(executor);
    server.createContext(
        "/",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
          }
          exchange.getResponseHeaders().add("Content-Type", "application/xml");
          exchange.sendResponseHeaders(200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();

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
    server.stop(0);
    executor.shutdownNow();
  }

  /** Our client: rules, validated marshal, POST, validated read of the answer. */
  @Benchmark
  public Object validatedUpdate() {
    return client.update(2004, connector);
  }

  /** Jersey alone: POST of bytes marshalled once beforehand, answer read as bytes. */
  @Benchmark
  public byte[] rawJerseyPost() {
    try (Response response =
        rawTarget
            .request("application/xml")
            .header("Authorization", authorization)
            .header("X-Requested-With", "bench")
            .post(Entity.entity(marshalled, "text/xml; charset=UTF-8"))) {
      return response.readEntity(byte[].class);
    }
  }
}
