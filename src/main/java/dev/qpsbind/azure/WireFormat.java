package dev.qpsbind.azure;

/** The format of request and answer bodies on the wire. */
public enum WireFormat {
  /** XML, the API's default ({@code Content-Type: text/xml; charset=UTF-8}). */
  XML,
  /**
   * JSON ({@code Content-Type} and {@code Accept: application/json}). Not available in the client
   * yet: choosing it fails when the client is built.
   */
  JSON
}
