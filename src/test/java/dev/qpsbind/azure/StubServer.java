package dev.qpsbind.azure;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * A real HTTP server on 127.0.0.1 (port 0) for client tests: it records every request and answers
 * with the replies queued, in order. With no reply queued it answers 599, which no test expects.
 */
final class StubServer implements AutoCloseable {

  /** A request as received. */
  record Recorded(String method, String path, Headers headers, byte[] body) {

    /** The first value of a header (names are matched without regard to case). */
    String header(String name) {
      return headers.getFirst(name);
    }

    /** The body as UTF-8 text. */
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** A canned answer. */
  static final class Reply {
    final int status;
    final Map<String, String> headers = new LinkedHashMap<>();
    final byte[] body;
    boolean drop;
    boolean gzip;
    CountDownLatch stall;

    private Reply(int status, byte[] body) {
      this.status = status;
      this.body = body;
    }

    /** A reply with a body from {@code golden/responses/<name>}. */
    static Reply golden(int status, String name) {
      return new Reply(status, resource("golden/responses/" + name))
          .header("Content-Type", name.endsWith(".html") ? "text/html" : "application/xml");
    }

    /** A 200 reply with a body from {@code golden/responses/<name>}. */
    static Reply ok(String name) {
      return golden(200, name);
    }

    /** A reply with a literal body. */
    static Reply text(int status, String body) {
      return new Reply(status, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A reply with no body. */
    static Reply empty(int status) {
      return new Reply(status, new byte[0]);
    }

    /** No answer at all: the connection is closed once the request is read. */
    static Reply drop() {
      Reply reply = new Reply(0, new byte[0]);
      reply.drop = true;
      return reply;
    }

    /** An answer held back until the latch opens (or 10 seconds pass). */
    static Reply stall(CountDownLatch latch, String name) {
      Reply reply = ok(name);
      reply.stall = latch;
      return reply;
    }

    Reply header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Reply gzipped() {
      gzip = true;
      return header("Content-Encoding", "gzip");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "stub-server");
            thread.setDaemon(true);
            return thread;
          });
  private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
  private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());
  private final List<CountDownLatch> stalls = Collections.synchronizedList(new ArrayList<>());

  StubServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** {@code http://127.0.0.1:<port>}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Queues replies, answered in order. */
  StubServer enqueue(Reply... queued) {
    for (Reply reply : queued) {
      replies.add(reply);
      if (reply.stall != null) {
        stalls.add(reply.stall);
      }
    }
    return this;
  }

  /** The requests received so far, in order. */
  List<Recorded> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** How many requests arrived. */
  int count() {
    return requests.size();
  }

  /** The only request received; fails if there were more or none. */
  Recorded single() {
    List<Recorded> all = requests();
    if (all.size() != 1) {
      throw new AssertionError("expected one request, got " + all.size());
    }
    return all.get(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    requests.add(
        new Recorded(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestHeaders(),
            body));
    Reply reply = replies.poll();
    if (reply == null) {
      reply = Reply.text(599, "no reply queued for " + exchange.getRequestURI());
    }
    if (reply.drop) {
      // The JDK server closes the connection without an answer when a handler throws.
      throw new IOException("dropping the connection on purpose");
    }
    if (reply.stall != null) {
      try {
        reply.stall.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] payload = reply.gzip ? gzip(reply.body) : reply.body;
    reply.headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    exchange.sendResponseHeaders(reply.status, payload.length == 0 ? -1 : payload.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(payload);
    }
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    }
    return out.toByteArray();
  }

  /** The bytes of a class-path resource. */
  static byte[] resource(String name) {
    try (InputStream in = StubServer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    stalls.forEach(CountDownLatch::countDown);
    server.stop(0);
    executor.shutdownNow();
  }
}
