package dev.qpsbind.azure.sandbox;

import dev.qpsbind.azure.error.InvalidRequestException;
import dev.qpsbind.azure.model.ServiceRequest;
import dev.qpsbind.azure.model.ServiceResponse;
import jakarta.ws.rs.core.MediaType;

/**
 * One body format of the API (XML today; Qualys' JSON form plugs in here). The sandbox picks the
 * format of a request from its {@code Content-Type} and the format of the answer from {@code
 * Accept}, independently, as Qualys does. Implementations are thread-safe.
 */
interface WireFormat {

  /** The {@code Content-Type} of answers written in this format. */
  String answerType();

  /** Whether a request or an {@code Accept} entry of this media type means this format. */
  boolean handles(MediaType type);

  /**
   * Reads a request body, validated against the wire schema.
   *
   * @throws InvalidRequestException with every issue found when the body is refused
   */
  ServiceRequest readRequest(byte[] body);

  /** Writes an answer. */
  byte[] writeResponse(ServiceResponse response);
}
