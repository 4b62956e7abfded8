package dev.qpsbind.azure.cli;

import dev.qpsbind.azure.WireFormat;
import dev.qpsbind.azure.json.JsonCodec;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.validation.ValidationIssue;
import dev.qpsbind.azure.xml.Decoded;
import dev.qpsbind.azure.xml.XmlCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * How the network commands print: the validation of a request file, what was sent, and the answer
 * as readable (indented) XML or JSON. Every piece goes through {@link Secrets#mask} first.
 * Stateless.
 */
final class Transcript {

  private Transcript() {}

  /** Prints the heading of a section: {@code == sent}. */
  static void heading(PrintWriter out, String title) {
    out.println("== " + title);
  }

  /**
   * Prints the validation of a request file: every issue, then one line with the verdict.
   *
   * @param checkedAs what the request was checked as, such as {@code an update of connector 2004}
   * @return whether the request may be sent (no error)
   */
  static boolean validation(
      PrintWriter out, String source, List<ValidationIssue> issues, String checkedAs) {
    heading(out, "validation");
    long errors = issues.stream().filter(ValidationIssue::isError).count();
    long warnings = issues.size() - errors;
    for (ValidationIssue issue : issues) {
      out.println(issue.format(source));
    }
    if (errors > 0) {
      out.println(
          source
              + ": "
              + errors
              + " error(s), "
              + warnings
              + " warning(s) (checked as "
              + checkedAs
              + "): nothing sent");
    } else if (warnings > 0) {
      out.println(source + ": valid, " + warnings + " warning(s) (checked as " + checkedAs + ")");
    } else {
      out.println(source + ": valid (checked as " + checkedAs + ")");
    }
    return errors == 0;
  }

  /** Prints a request as sent: request line, headers, a blank line and the body. */
  static void sent(PrintWriter out, WireRecorder.Sent sent, Secrets secrets) {
    out.println(sent.method() + " " + sent.uri());
    for (Map.Entry<String, String> header : sent.headers()) {
      out.println(secrets.header(header.getKey(), header.getValue()));
    }
    if (sent.body() != null && sent.body().length > 0) {
      out.println();
      out.println(secrets.mask(text(sent.body())).stripTrailing());
    }
  }

  /**
   * The answer as a readable document in its wire format: read and written again by the codec
   * (indented); when the codec cannot read it, the text as it came. Warnings of the reading (such
   * as elements a newer Qualys added) go to {@code err}.
   */
  static String answer(
      WireRecorder.Received received, WireFormat format, Secrets secrets, PrintWriter err) {
    if (received.body() == null) {
      return "(the answer is too large to show here)";
    }
    byte[] body;
    try {
      body = decoded(received);
    } catch (UncheckedIOException e) {
      return "(the answer cannot be decompressed)";
    }
    if (body.length == 0) {
      return "(no body)";
    }
    try {
      String text;
      List<ValidationIssue> warnings;
      if (format == WireFormat.JSON) {
        Decoded<ServiceResponse> read = JsonCodec.create().readResponse(body);
        warnings = read.warnings();
        text = text(JsonCodec.create().write(read.value()));
      } else {
        Decoded<ServiceResponse> read = XmlCodec.create().readResponse(body);
        warnings = read.warnings();
        text = text(XmlCodec.create().marshal(read.value()));
      }
      for (ValidationIssue warning : warnings) {
        err.println("qps-azure: answer: " + secrets.mask(warning.toString()));
      }
      return secrets.mask(text).stripTrailing();
    } catch (RuntimeException e) {
      return secrets.mask(text(body)).stripTrailing();
    }
  }

  /** A response the command line put together (the pages of a search), in a wire format. */
  static String document(ServiceResponse response, WireFormat format, Secrets secrets) {
    byte[] bytes =
        format == WireFormat.JSON
            ? JsonCodec.create().write(response)
            : XmlCodec.create().marshal(response);
    return secrets.mask(text(bytes)).stripTrailing();
  }

  /** The {@code responseCode} of an answer recorded, or null. */
  static String responseCode(WireRecorder.Received received, WireFormat format) {
    try {
      byte[] body = decoded(received);
      ServiceResponse response =
          format == WireFormat.JSON
              ? JsonCodec.create().readResponse(body).value()
              : XmlCodec.create().readResponse(body).value();
      return response.getResponseCode();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static byte[] decoded(WireRecorder.Received received) {
    byte[] body = received.body() == null ? new byte[0] : received.body();
    if (body.length > 2 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot decompress the answer", e);
      }
    }
    return body;
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
