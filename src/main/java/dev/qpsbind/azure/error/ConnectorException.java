package dev.qpsbind.azure.error;

/**
 * The root of every exception this library throws. Unchecked, like Jersey's own. Messages never
 * contain a password, an {@code Authorization} header or an {@code authenticationKey}.
 */
public class ConnectorException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with a message. */
  public ConnectorException(String message) {
    super(message);
  }

  /** An exception with a message and a cause. */
  public ConnectorException(String message, Throwable cause) {
    super(message, cause);
  }
}
