package dev.qpsbind.azure.validation;

/** What a document is, judged by its root element. */
public enum DocumentKind {
  /** A {@code ServiceRequest}: strict, unknown elements are errors. */
  REQUEST,
  /**
   * A {@code ServiceResponse}: unknown elements and enumeration values are warnings, since Qualys
   * adds fields without changing the API version.
   */
  RESPONSE,
  /** Neither (a wrong root, a namespaced root, or no root at all). */
  UNKNOWN
}
