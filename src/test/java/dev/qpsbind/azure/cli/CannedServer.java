package dev.qpsbind.azure.cli;

import com.sun.net.httpserver.HttpServer;
import dev.qpsbind.azure.TestFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A server on 127.0.0.1 (port 0) that gives every request the same answer and remembers the last
 * request's path, headers and body: for what the sandbox does not do (JSON bodies, answers that
 * echo a secret).
 */
final class CannedServer implements AutoCloseable {

  private final HttpServer server;
  private final AtomicReference<Map<String, String>> last = new AtomicReference<>(Map.of());

  private CannedServer(int status, String contentType, byte[] body) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          Map<String, String> seen = new LinkedHashMap<>();
          seen.put("path", exchange.getRequestURI().getPath());
          exchange.getRequestHeaders().forEach((name, values) -> seen.put(name, values.get(0)));
          seen.put("body", new String(exchange.getRequestBody().readAllBytes()));
          last.set(seen);
          exchange.getResponseHeaders().add("Content-Type", contentType);
          exchange.sendResponseHeaders(status, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  /** A server answering with a test resource. */
  static CannedServer start(int status, String contentType, String resource) throws IOException {
    return new CannedServer(status, contentType, TestFiles.bytes(resource));
  }

  /** A server answering with this text. */
  static CannedServer answering(int status, String contentType, String body) throws IOException {
    return new CannedServer(
        status, contentType, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Path, headers (names as the JDK server gives them: capitalised) and body of the last request.
   */
  Map<String, String> lastRequest() {
    return last.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
