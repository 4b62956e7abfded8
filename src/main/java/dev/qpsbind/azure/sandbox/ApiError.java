package dev.qpsbind.azure.sandbox;

/**
 * An API error the sandbox answers as Qualys does: a {@code ServiceResponse} whose {@code
 * responseCode} is not {@code SUCCESS}, with the message in {@code responseErrorDetails}. Thrown
 * inside the sandbox only; the message never holds a secret.
 */
final class ApiError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  static final String INVALID_REQUEST = "INVALID_REQUEST";
  static final String OBJECT_NOT_FOUND = "OBJECT_NOT_FOUND";

  private final String responseCode;

  ApiError(String responseCode, String message) {
    super(message, null, false, false);
    this.responseCode = responseCode;
  }

  /** An INVALID_REQUEST whose message starts with the element name, as Qualys writes it. */
  static ApiError invalid(String element, String message) {
    return new ApiError(INVALID_REQUEST, element + ": " + message);
  }

  /** The OBJECT_NOT_FOUND answer for a connector id. */
  static ApiError notFound(long id) {
    return new ApiError(
        OBJECT_NOT_FOUND, "AzureAssetDataConnector with id '" + id + "' was not found.");
  }

  String responseCode() {
    return responseCode;
  }
}
