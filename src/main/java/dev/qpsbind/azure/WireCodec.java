package dev.qpsbind.azure;

import dev.qpsbind.azure.error.InvalidRequestException;
import dev.qpsbind.azure.error.InvalidResponseException;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import dev.qpsbind.azure.validation.RequestCheck;
import dev.qpsbind.azure.xml.Decoded;
import java.util.Objects;

/**
 * Turns requests into body bytes and answer bytes into objects, for one wire format. The client
 * never hands objects to Jersey: it sends and receives bytes, so that validation stays in our
 * codecs and no JAXB or JSON provider is needed inside Jersey. Implementations are thread-safe.
 */
interface WireCodec {

  /** The format this codec reads and writes. */
  WireFormat format();

  /** The {@code Content-Type} of request bodies, charset included. */
  String contentType();

  /** The {@code Accept} header of every request. */
  String accept();

  /**
   * Writes a request and validates it, schema and check both.
   *
   * @throws InvalidRequestException if either finds an error; nothing is returned then
   */
  byte[] encode(ServiceRequest request, RequestCheck check);

  /**
   * Reads an answer.
   *
   * @throws InvalidResponseException if the bytes are not a readable {@code ServiceResponse}
   */
  Decoded<ServiceResponse> decode(byte[] body);

  /**
   * The codec of a format.
   *
   * @param maxBytes the largest answer read
   */
  static WireCodec of(WireFormat format, long maxBytes) {
    Objects.requireNonNull(format, "format == null");
    return switch (format) {
      case XML -> new XmlWireCodec(maxBytes);
      case JSON -> new JsonWireCodec(maxBytes);
    };
  }
}
