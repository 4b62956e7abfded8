package dev.qpsbind.azure.sandbox;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The body formats a sandbox speaks, and the choice of one per request. XML is the default, as on
 * Qualys: a request without a {@code Content-Type}, or with one no format claims ({@code
 * text/plain}, the form type curl sends), is read as XML, and an answer is XML unless {@code
 * Accept} asks for another format that is available. A JSON request when no JSON format is
 * available is refused (415) rather than misread. Immutable and thread-safe.
 */
final class WireFormats {

  private final WireFormat xml;
  private final List<WireFormat> others;

  WireFormats(WireFormat xml, List<WireFormat> others) {
    this.xml = xml;
    this.others = List.copyOf(others);
  }

  /** The formats of a default sandbox: XML, and the Qualys JSON form. */
  static WireFormats standard() {
    return new WireFormats(new XmlWireFormat(), List.of(new JsonWireFormat()));
  }

  /** The format of a request body, or empty when its type names a format not available here. */
  Optional<WireFormat> forRequest(MediaType contentType) {
    if (contentType == null || xml.handles(contentType)) {
      return Optional.of(xml);
    }
    for (WireFormat format : others) {
      if (format.handles(contentType)) {
        return Optional.of(format);
      }
    }
    return isJson(contentType) ? Optional.empty() : Optional.of(xml);
  }

  /** The format of the answer, from the acceptable types in order of preference. */
  WireFormat forAnswer(List<MediaType> acceptable) {
    for (MediaType type : acceptable) {
      if (type.isWildcardType() || xml.handles(type)) {
        return xml;
      }
      for (WireFormat format : others) {
        if (format.handles(type)) {
          return format;
        }
      }
    }
    return xml;
  }

  private static boolean isJson(MediaType type) {
    String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
    return subtype.equals("json") || subtype.endsWith("+json");
  }
}
