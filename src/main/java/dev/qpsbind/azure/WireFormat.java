package dev.qpsbind.azure;

/** The format of request and answer bodies on the wire. */
public enum WireFormat {
  /** XML, the API's default ({@code Content-Type: text/xml; charset=UTF-8}). */
  XML,
  /** The Qualys JSON form ({@code Content-Type} and {@code Accept: application/json}). */
  JSON
}
