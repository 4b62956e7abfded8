package dev.qpsbind.azure;

import dev.qpsbind.azure.error.InvalidResponseException;
import dev.qpsbind.azure.error.TransportException;
import dev.qpsbind.azure.validation.Severity;
import dev.qpsbind.azure.validation.ValidationIssue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.RequestEntityProcessing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request through Jersey and reads the whole answer into a {@link WireAnswer}: status,
 * headers and body bytes, read through a size bound and gzip-decoded when the server compressed
 * them. Logs the request line, status and duration at DEBUG and the bodies, capped and with secrets
 * masked, at TRACE. Thread-safe: Jersey's {@code Client} is.
 */
final class JerseyTransport {

  static final String REQUESTED_WITH = "qualys-azure-connector";
  static final int LOGGED_BODY_CHARS = 8 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(AzureConnectorClient.class);

  private final Client client;
  private final Feature authentication;
  private final boolean authenticationOnClient;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final long maxResponseBytes;

  JerseyTransport(
      Client client,
      Feature authentication,
      boolean authenticationOnClient,
      Duration connectTimeout,
      Duration readTimeout,
      long maxResponseBytes) {
    this.client = client;
    this.authentication = authentication;
    this.authenticationOnClient = authenticationOnClient;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.maxResponseBytes = maxResponseBytes;
  }

  /**
   * Sends a request and reads the answer.
   *
   * @param method GET or POST
   * @param body the body of a POST (empty for a POST without one), null for a GET
   * @param codec gives the media types
   * @param redactor masks secrets in what is logged
   * @throws TransportException if no answer arrives or its body cannot be read
   * @throws InvalidResponseException if the body is larger than the bound
   */
  WireAnswer exchange(String method, URI uri, byte[] body, WireCodec codec, Redactor redactor) {
    WebTarget target = client.target(uri);
    if (!authenticationOnClient) {
      target = target.register(authentication);
    }
    Invocation.Builder request =
        target
            .request()
            .header("Accept", codec.accept())
            .header("Accept-Encoding", "gzip")
            .header("X-Requested-With", REQUESTED_WITH)
            .property(ClientProperties.CONNECT_TIMEOUT, (int) connectTimeout.toMillis())
            .property(ClientProperties.READ_TIMEOUT, (int) readTimeout.toMillis())
            // The API does not redirect; a redirect means a wrong host and must be seen, and a
            // streamed body could not be sent again anyway.
            .property(ClientProperties.FOLLOW_REDIRECTS, false)
            // Streaming (chunked) bodies: HttpURLConnection silently sends a buffered POST a
            // second time when the connection drops, which could create a connector twice.
            .property(ClientProperties.REQUEST_ENTITY_PROCESSING, RequestEntityProcessing.CHUNKED);
    if (LOG.isTraceEnabled() && body != null && body.length > 0) {
      LOG.trace("{} {} request body:\n{}", method, uri, redactor.excerpt(body, LOGGED_BODY_CHARS));
    }
    long started = System.nanoTime();
    Response response = null;
    try {
      if (body == null) {
        response = request.method(method);
      } else {
        Entity<byte[]> entity = Entity.entity(body, MediaType.valueOf(codec.contentType()));
        response = request.method(method, entity);
      }
      byte[] bytes = readBody(response, method, uri);
      long millis = (System.nanoTime() - started) / 1_000_000;
      LOG.debug(
          "{} {} -> {} ({} ms, {} bytes)", method, uri, response.getStatus(), millis, bytes.length);
      if (LOG.isTraceEnabled() && bytes.length > 0) {
        LOG.trace(
            "{} {} answer body:\n{}", method, uri, redactor.excerpt(bytes, LOGGED_BODY_CHARS));
      }
      return new WireAnswer(response.getStatus(), headersOf(response), bytes);
    } catch (ProcessingException e) {
      long millis = (System.nanoTime() - started) / 1_000_000;
      String reason = redactor.mask(describe(e));
      LOG.debug("{} {} failed after {} ms: {}", method, uri, millis, reason);
      throw new TransportException(method + " " + uri + " failed: " + reason, e);
    } finally {
      if (response != null) {
        response.close();
      }
    }
  }

  private byte[] readBody(Response response, String method, URI uri) {
    if (!response.hasEntity()) {
      return new byte[0];
    }
    try (InputStream raw = response.readEntity(InputStream.class)) {
      InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw);
      String encoding = response.getHeaderString("Content-Encoding");
      if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("gzip") && isGzip(in)) {
        in = new GZIPInputStream(in);
      }
      return readBounded(in);
    } catch (IOException e) {
      throw new TransportException(
          method + " " + uri + " failed while reading the answer: " + describe(e), e);
    }
  }

  // A client injected with Jersey's own GZipEncoder hands over decoded bytes even though the
  // header still says gzip: decode only what really starts with the gzip magic number.
  private static boolean isGzip(InputStream in) throws IOException {
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    return first == 0x1f && second == 0x8b;
  }

  private byte[] readBounded(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buffer = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > maxResponseBytes) {
        throw new InvalidResponseException(
            "the answer cannot be read",
            List.of(
                ValidationIssue.of(
                    Severity.ERROR,
                    "document-too-large",
                    "",
                    "the answer is larger than '"
                        + maxResponseBytes
                        + "' bytes; raise the"
                        + " client's maxResponseBytes if that is expected")));
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static Map<String, List<String>> headersOf(Response response) {
    return response.getStringHeaders();
  }

  private static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getName() + (message == null ? "" : ": " + message);
  }
}
