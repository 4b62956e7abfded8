package dev.qpsbind.azure.cli;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sees what the client sends and receives, through the Jersey configuration the client is built
 * with: the request as it leaves (after authentication was added) and the answer's bytes before the
 * client reads them. In a dry run it stops every request right there, so nothing is sent. Used by
 * one command on one thread at a time.
 *
 * <p>Registered without a priority, it gets Jersey's default ({@code Priorities.USER}), so it runs
 * after the authentication filter and sees the {@code Authorization} header.
 */
final class WireRecorder implements ClientRequestFilter, ClientResponseFilter {

  /** Answers larger than the client's own bound are passed on without being recorded whole. */
  private static final int MAX_RECORDED = 32 * 1024 * 1024;

  /**
   * A request as sent.
   *
   * @param headers header name and value pairs, in the order Jersey holds them
   * @param body the body, or null for a request without one
   */
  record Sent(String method, URI uri, List<Map.Entry<String, String>> headers, byte[] body) {}

  /**
   * An answer as received.
   *
   * @param body the body as it came (perhaps gzip-compressed), or null when it was too large
   */
  record Received(int status, String contentEncoding, byte[] body) {}

  /** Thrown by the request filter of a dry run: the request goes no further. */
  static final class DryRunStop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DryRunStop() {
      super("dry run: nothing is sent", null, false, false);
    }
  }

  private final boolean dryRun;
  private final List<Sent> sent = new ArrayList<>();
  private final List<Received> received = new ArrayList<>();

  WireRecorder(boolean dryRun) {
    this.dryRun = dryRun;
  }

  @Override
  public void filter(ClientRequestContext request) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (Map.Entry<String, List<String>> header : request.getStringHeaders().entrySet()) {
      for (String value : header.getValue()) {
        headers.add(Map.entry(header.getKey(), value));
      }
    }
    Object entity = request.getEntity();
    byte[] body = entity instanceof byte[] bytes ? bytes.clone() : null;
    synchronized (this) {
      sent.add(new Sent(request.getMethod(), request.getUri(), List.copyOf(headers), body));
    }
    if (dryRun) {
      throw new DryRunStop();
    }
  }

  @Override
  public void filter(ClientRequestContext request, ClientResponseContext response)
      throws IOException {
    byte[] body = null;
    if (response.hasEntity()) {
      InputStream in = response.getEntityStream();
      byte[] start = in.readNBytes(MAX_RECORDED + 1);
      if (start.length <= MAX_RECORDED) {
        body = start;
        response.setEntityStream(new ByteArrayInputStream(start));
      } else {
        response.setEntityStream(new SequenceInputStream(new ByteArrayInputStream(start), in));
      }
    } else {
      body = new byte[0];
    }
    synchronized (this) {
      received.add(
          new Received(response.getStatus(), response.getHeaderString("Content-Encoding"), body));
    }
  }

  /** Whether this recorder stops requests instead of letting them go. */
  boolean isDryRun() {
    return dryRun;
  }

  /** The latest request seen, or null. */
  synchronized Sent lastSent() {
    return sent.isEmpty() ? null : sent.get(sent.size() - 1);
  }

  /** The latest answer seen, or null. */
  synchronized Received lastReceived() {
    return received.isEmpty() ? null : received.get(received.size() - 1);
  }

  /** Whether a failure is (or was caused by) the stop of a dry run. */
  static boolean isDryRunStop(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof DryRunStop) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
