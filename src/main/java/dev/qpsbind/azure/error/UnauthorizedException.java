package dev.qpsbind.azure.error;

/**
 * The credentials were refused or lack a right: HTTP 401 or 403, or a {@code responseCode} of
 * {@code UNAUTHORIZED}, {@code INSUFFICIENT_PERMISSION} (or the undocumented {@code FORBIDDEN},
 * {@code INVALID_CREDENTIALS}, {@code NOT_AUTHORIZED}). Creating and updating connectors needs a
 * Manager with full scope; a 403 can also mean the module is not licensed or the caller's IP is not
 * allowed.
 */
public class UnauthorizedException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** An exception with a summary and what the server said. */
  public UnauthorizedException(String summary, Details details) {
    super(summary, details);
  }
}
